/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** 游标 / An opaque cursor for paging (Relay); pass it as after or before. */
  Cursor: { input: string; output: string; }
  /** 日期 / A calendar date in ISO 8601 form, e.g. "2024-05-01". No time of day, no time zone. */
  Date: { input: string; output: string; }
  /**
   * 金额 / An amount of money in yuan (元) as a decimal string with two decimals, e.g. "163000.00".
   * Stored as integer fen (分); input may omit decimals ("163000") but never carries more than two,
   * and is never negative.
   */
  Money: { input: string; output: string; }
  /** 时间 / A point in time in RFC 3339 form, e.g. "2024-05-01T08:00:00+08:00" (bookkeeping timestamps). */
  Time: { input: string; output: string; }
};

/** 行政级别 / An administrative level, highest first. CITY is any prefecture-level unit (地级市、自治州), COUNTY any county-level unit (县、县级市、市辖区). */
export type AdminLevel =
  /** 市(州)级 / city or prefecture */
  | 'CITY'
  /** 县(市、区)级 / county, county-level city or district */
  | 'COUNTY'
  /** 省级 / province */
  | 'PROVINCE'
  /** 乡镇(街道)，属基层 / township or street (grassroots) */
  | 'TOWNSHIP'
  /** 村(社区)，属基层 / village or community (grassroots) */
  | 'VILLAGE';

/** 年检结论 / Conclusion of an organisation's annual inspection (年检结论). */
export type AnnualInspectionResult =
  /** 基本合格 / basically qualified */
  | 'BASICALLY_QUALIFIED'
  /** 未参加年检 / not inspected */
  | 'NOT_INSPECTED'
  /** 合格 / qualified */
  | 'QUALIFIED'
  /** 不合格 / unqualified */
  | 'UNQUALIFIED';

/** 访问令牌 的排序 / Ordering of ApiToken. */
export type ApiTokenOrder = {
  /** 排序方向 / the direction to order by */
  direction?: OrderDirection;
  /** 排序字段 / the field to order by */
  field: ApiTokenOrderField;
};

/** 访问令牌 的排序字段 / Fields ApiToken can be ordered by. */
export type ApiTokenOrderField =
  /** 按创建时间排序 / order by created_at */
  | 'CREATED_AT'
  /** 按名称排序 / order by label */
  | 'LABEL';

/** 访问令牌 的筛选条件 / A filter on ApiToken; the fields combine with AND. */
export type ApiTokenWhereInput = {
  /** 全部满足 / all of these filters match */
  and?: InputMaybe<Array<ApiTokenWhereInput>>;
  /** 创建时间 等于 / createdAt equals */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 大于 / createdAt greater than */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 大于等于 / createdAt greater than or equal to */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 在列表中 / createdAt in the list */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 创建时间 小于 / createdAt less than */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 小于等于 / createdAt less than or equal to */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 不等于 / createdAt not equal to */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 不在列表中 / createdAt not in the list */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 过期时间 等于 / expiresAt equals */
  expiresAt?: InputMaybe<Scalars['Time']['input']>;
  /** 过期时间 大于 / expiresAt greater than */
  expiresAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** 过期时间 大于等于 / expiresAt greater than or equal to */
  expiresAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** 过期时间 在列表中 / expiresAt in the list */
  expiresAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 过期时间 为空 / expiresAt is null */
  expiresAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 过期时间 小于 / expiresAt less than */
  expiresAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** 过期时间 小于等于 / expiresAt less than or equal to */
  expiresAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** 过期时间 不等于 / expiresAt not equal to */
  expiresAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** 过期时间 不在列表中 / expiresAt not in the list */
  expiresAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 过期时间 非空 / expiresAt is not null */
  expiresAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 编号 等于 / id equals */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 大于 / id greater than */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 大于等于 / id greater than or equal to */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 在列表中 / id in the list */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 编号 小于 / id less than */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 小于等于 / id less than or equal to */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 不等于 / id not equal to */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 不在列表中 / id not in the list */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 名称 等于 / label equals */
  label?: InputMaybe<Scalars['String']['input']>;
  /** 名称 包含 / label contains */
  labelContains?: InputMaybe<Scalars['String']['input']>;
  /** 名称 包含(不区分大小写) / label contains, case-insensitive */
  labelContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 名称 等于(不区分大小写) / label equals, case-insensitive */
  labelEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 名称 大于 / label greater than */
  labelGT?: InputMaybe<Scalars['String']['input']>;
  /** 名称 大于等于 / label greater than or equal to */
  labelGTE?: InputMaybe<Scalars['String']['input']>;
  /** 名称 开头是 / label starts with */
  labelHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 名称 结尾是 / label ends with */
  labelHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 名称 在列表中 / label in the list */
  labelIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 名称 小于 / label less than */
  labelLT?: InputMaybe<Scalars['String']['input']>;
  /** 名称 小于等于 / label less than or equal to */
  labelLTE?: InputMaybe<Scalars['String']['input']>;
  /** 名称 不等于 / label not equal to */
  labelNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 名称 不在列表中 / label not in the list */
  labelNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 最近使用 等于 / lastUsedAt equals */
  lastUsedAt?: InputMaybe<Scalars['Time']['input']>;
  /** 最近使用 大于 / lastUsedAt greater than */
  lastUsedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** 最近使用 大于等于 / lastUsedAt greater than or equal to */
  lastUsedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** 最近使用 在列表中 / lastUsedAt in the list */
  lastUsedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 最近使用 为空 / lastUsedAt is null */
  lastUsedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 最近使用 小于 / lastUsedAt less than */
  lastUsedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** 最近使用 小于等于 / lastUsedAt less than or equal to */
  lastUsedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** 最近使用 不等于 / lastUsedAt not equal to */
  lastUsedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** 最近使用 不在列表中 / lastUsedAt not in the list */
  lastUsedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 最近使用 非空 / lastUsedAt is not null */
  lastUsedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 不满足 / this filter does not match */
  not?: InputMaybe<ApiTokenWhereInput>;
  /** 任一满足 / any of these filters matches */
  or?: InputMaybe<Array<ApiTokenWhereInput>>;
  /** 地区范围 等于 / region equals */
  region?: InputMaybe<Scalars['String']['input']>;
  /** 地区范围 包含 / region contains */
  regionContains?: InputMaybe<Scalars['String']['input']>;
  /** 地区范围 包含(不区分大小写) / region contains, case-insensitive */
  regionContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 地区范围 等于(不区分大小写) / region equals, case-insensitive */
  regionEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 地区范围 大于 / region greater than */
  regionGT?: InputMaybe<Scalars['String']['input']>;
  /** 地区范围 大于等于 / region greater than or equal to */
  regionGTE?: InputMaybe<Scalars['String']['input']>;
  /** 地区范围 开头是 / region starts with */
  regionHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 地区范围 结尾是 / region ends with */
  regionHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 地区范围 在列表中 / region in the list */
  regionIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 地区范围 为空 / region is null */
  regionIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 地区范围 小于 / region less than */
  regionLT?: InputMaybe<Scalars['String']['input']>;
  /** 地区范围 小于等于 / region less than or equal to */
  regionLTE?: InputMaybe<Scalars['String']['input']>;
  /** 地区范围 不等于 / region not equal to */
  regionNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 地区范围 不在列表中 / region not in the list */
  regionNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 地区范围 非空 / region is not null */
  regionNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 撤销时间 等于 / revokedAt equals */
  revokedAt?: InputMaybe<Scalars['Time']['input']>;
  /** 撤销时间 大于 / revokedAt greater than */
  revokedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** 撤销时间 大于等于 / revokedAt greater than or equal to */
  revokedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** 撤销时间 在列表中 / revokedAt in the list */
  revokedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 撤销时间 为空 / revokedAt is null */
  revokedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 撤销时间 小于 / revokedAt less than */
  revokedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** 撤销时间 小于等于 / revokedAt less than or equal to */
  revokedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** 撤销时间 不等于 / revokedAt not equal to */
  revokedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** 撤销时间 不在列表中 / revokedAt not in the list */
  revokedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 撤销时间 非空 / revokedAt is not null */
  revokedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 角色 等于 / role equals */
  role?: InputMaybe<Role>;
  /** 角色 在列表中 / role in the list */
  roleIn?: InputMaybe<Array<Role>>;
  /** 角色 不等于 / role not equal to */
  roleNEQ?: InputMaybe<Role>;
  /** 角色 不在列表中 / role not in the list */
  roleNotIn?: InputMaybe<Array<Role>>;
  /** 更新时间 等于 / updatedAt equals */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 大于 / updatedAt greater than */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 大于等于 / updatedAt greater than or equal to */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 在列表中 / updatedAt in the list */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 更新时间 小于 / updatedAt less than */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 小于等于 / updatedAt less than or equal to */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 不等于 / updatedAt not equal to */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 不在列表中 / updatedAt not in the list */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
};

/** 合规评估记录 的排序 / Ordering of Assessment. */
export type AssessmentOrder = {
  /** 排序方向 / the direction to order by */
  direction?: OrderDirection;
  /** 排序字段 / the field to order by */
  field: AssessmentOrderField;
};

/** 合规评估记录 的排序字段 / Fields Assessment can be ordered by. */
export type AssessmentOrderField =
  /** 按评估基准日排序 / order by as_of */
  | 'AS_OF'
  /** 按创建时间排序 / order by created_at */
  | 'CREATED_AT'
  /** 按总体结论排序 / order by status */
  | 'STATUS';

/** 合规评估记录 的筛选条件 / A filter on Assessment; the fields combine with AND. */
export type AssessmentWhereInput = {
  /** 全部满足 / all of these filters match */
  and?: InputMaybe<Array<AssessmentWhereInput>>;
  /** 评估基准日 等于 / asOf equals */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** 评估基准日 大于 / asOf greater than */
  asOfGT?: InputMaybe<Scalars['Date']['input']>;
  /** 评估基准日 大于等于 / asOf greater than or equal to */
  asOfGTE?: InputMaybe<Scalars['Date']['input']>;
  /** 评估基准日 在列表中 / asOf in the list */
  asOfIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 评估基准日 小于 / asOf less than */
  asOfLT?: InputMaybe<Scalars['Date']['input']>;
  /** 评估基准日 小于等于 / asOf less than or equal to */
  asOfLTE?: InputMaybe<Scalars['Date']['input']>;
  /** 评估基准日 不等于 / asOf not equal to */
  asOfNEQ?: InputMaybe<Scalars['Date']['input']>;
  /** 评估基准日 不在列表中 / asOf not in the list */
  asOfNotIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 创建时间 等于 / createdAt equals */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 大于 / createdAt greater than */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 大于等于 / createdAt greater than or equal to */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 在列表中 / createdAt in the list */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 创建时间 小于 / createdAt less than */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 小于等于 / createdAt less than or equal to */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 不等于 / createdAt not equal to */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 不在列表中 / createdAt not in the list */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 被评估机构 存在 / has at least one related organization */
  hasOrganization?: InputMaybe<Scalars['Boolean']['input']>;
  /** 被评估机构 满足条件 / has a related organization matching the filter */
  hasOrganizationWith?: InputMaybe<Array<OrganizationWhereInput>>;
  /** 被评估项目 存在 / has at least one related project */
  hasProject?: InputMaybe<Scalars['Boolean']['input']>;
  /** 被评估项目 满足条件 / has a related project matching the filter */
  hasProjectWith?: InputMaybe<Array<ProjectWhereInput>>;
  /** 被评估服务站 存在 / has at least one related station */
  hasStation?: InputMaybe<Scalars['Boolean']['input']>;
  /** 被评估服务站 满足条件 / has a related station matching the filter */
  hasStationWith?: InputMaybe<Array<StationWhereInput>>;
  /** 编号 等于 / id equals */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 大于 / id greater than */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 大于等于 / id greater than or equal to */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 在列表中 / id in the list */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 编号 小于 / id less than */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 小于等于 / id less than or equal to */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 不等于 / id not equal to */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 不在列表中 / id not in the list */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 不满足 / this filter does not match */
  not?: InputMaybe<AssessmentWhereInput>;
  /** 任一满足 / any of these filters matches */
  or?: InputMaybe<Array<AssessmentWhereInput>>;
  /** 总体结论 等于 / status equals */
  status?: InputMaybe<ComplianceStatus>;
  /** 总体结论 在列表中 / status in the list */
  statusIn?: InputMaybe<Array<ComplianceStatus>>;
  /** 总体结论 不等于 / status not equal to */
  statusNEQ?: InputMaybe<ComplianceStatus>;
  /** 总体结论 不在列表中 / status not in the list */
  statusNotIn?: InputMaybe<Array<ComplianceStatus>>;
  /** 更新时间 等于 / updatedAt equals */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 大于 / updatedAt greater than */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 大于等于 / updatedAt greater than or equal to */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 在列表中 / updatedAt in the list */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 更新时间 小于 / updatedAt less than */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 小于等于 / updatedAt less than or equal to */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 不等于 / updatedAt not equal to */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 不在列表中 / updatedAt not in the list */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
};

/** 审计日志 的排序 / Ordering of AuditLog. */
export type AuditLogOrder = {
  /** 排序方向 / the direction to order by */
  direction?: OrderDirection;
  /** 排序字段 / the field to order by */
  field: AuditLogOrderField;
};

/** 审计日志 的排序字段 / Fields AuditLog can be ordered by. */
export type AuditLogOrderField =
  /** 按时间排序 / order by time */
  | 'TIME';

/** 审计日志 的筛选条件 / A filter on AuditLog; the fields combine with AND. */
export type AuditLogWhereInput = {
  /** 操作 等于 / action equals */
  action?: InputMaybe<Scalars['String']['input']>;
  /** 操作 包含 / action contains */
  actionContains?: InputMaybe<Scalars['String']['input']>;
  /** 操作 包含(不区分大小写) / action contains, case-insensitive */
  actionContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 操作 等于(不区分大小写) / action equals, case-insensitive */
  actionEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 操作 大于 / action greater than */
  actionGT?: InputMaybe<Scalars['String']['input']>;
  /** 操作 大于等于 / action greater than or equal to */
  actionGTE?: InputMaybe<Scalars['String']['input']>;
  /** 操作 开头是 / action starts with */
  actionHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 操作 结尾是 / action ends with */
  actionHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 操作 在列表中 / action in the list */
  actionIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 操作 小于 / action less than */
  actionLT?: InputMaybe<Scalars['String']['input']>;
  /** 操作 小于等于 / action less than or equal to */
  actionLTE?: InputMaybe<Scalars['String']['input']>;
  /** 操作 不等于 / action not equal to */
  actionNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 操作 不在列表中 / action not in the list */
  actionNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 操作者 等于 / actor equals */
  actor?: InputMaybe<Scalars['String']['input']>;
  /** 操作者 包含 / actor contains */
  actorContains?: InputMaybe<Scalars['String']['input']>;
  /** 操作者 包含(不区分大小写) / actor contains, case-insensitive */
  actorContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 操作者 等于(不区分大小写) / actor equals, case-insensitive */
  actorEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 操作者 大于 / actor greater than */
  actorGT?: InputMaybe<Scalars['String']['input']>;
  /** 操作者 大于等于 / actor greater than or equal to */
  actorGTE?: InputMaybe<Scalars['String']['input']>;
  /** 操作者 开头是 / actor starts with */
  actorHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 操作者 结尾是 / actor ends with */
  actorHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 操作者 在列表中 / actor in the list */
  actorIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 操作者 小于 / actor less than */
  actorLT?: InputMaybe<Scalars['String']['input']>;
  /** 操作者 小于等于 / actor less than or equal to */
  actorLTE?: InputMaybe<Scalars['String']['input']>;
  /** 操作者 不等于 / actor not equal to */
  actorNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 操作者 不在列表中 / actor not in the list */
  actorNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 角色 等于 / actorRole equals */
  actorRole?: InputMaybe<Scalars['String']['input']>;
  /** 角色 包含 / actorRole contains */
  actorRoleContains?: InputMaybe<Scalars['String']['input']>;
  /** 角色 包含(不区分大小写) / actorRole contains, case-insensitive */
  actorRoleContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 角色 等于(不区分大小写) / actorRole equals, case-insensitive */
  actorRoleEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 角色 大于 / actorRole greater than */
  actorRoleGT?: InputMaybe<Scalars['String']['input']>;
  /** 角色 大于等于 / actorRole greater than or equal to */
  actorRoleGTE?: InputMaybe<Scalars['String']['input']>;
  /** 角色 开头是 / actorRole starts with */
  actorRoleHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 角色 结尾是 / actorRole ends with */
  actorRoleHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 角色 在列表中 / actorRole in the list */
  actorRoleIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 角色 小于 / actorRole less than */
  actorRoleLT?: InputMaybe<Scalars['String']['input']>;
  /** 角色 小于等于 / actorRole less than or equal to */
  actorRoleLTE?: InputMaybe<Scalars['String']['input']>;
  /** 角色 不等于 / actorRole not equal to */
  actorRoleNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 角色 不在列表中 / actorRole not in the list */
  actorRoleNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 令牌 ID 等于 / actorTokenID equals */
  actorTokenID?: InputMaybe<Scalars['Int']['input']>;
  /** 令牌 ID 大于 / actorTokenID greater than */
  actorTokenIDGT?: InputMaybe<Scalars['Int']['input']>;
  /** 令牌 ID 大于等于 / actorTokenID greater than or equal to */
  actorTokenIDGTE?: InputMaybe<Scalars['Int']['input']>;
  /** 令牌 ID 在列表中 / actorTokenID in the list */
  actorTokenIDIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** 令牌 ID 为空 / actorTokenID is null */
  actorTokenIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 令牌 ID 小于 / actorTokenID less than */
  actorTokenIDLT?: InputMaybe<Scalars['Int']['input']>;
  /** 令牌 ID 小于等于 / actorTokenID less than or equal to */
  actorTokenIDLTE?: InputMaybe<Scalars['Int']['input']>;
  /** 令牌 ID 不等于 / actorTokenID not equal to */
  actorTokenIDNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** 令牌 ID 不在列表中 / actorTokenID not in the list */
  actorTokenIDNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** 令牌 ID 非空 / actorTokenID is not null */
  actorTokenIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 全部满足 / all of these filters match */
  and?: InputMaybe<Array<AuditLogWhereInput>>;
  /** 变更字段 等于 / changes equals */
  changes?: InputMaybe<Scalars['String']['input']>;
  /** 变更字段 包含 / changes contains */
  changesContains?: InputMaybe<Scalars['String']['input']>;
  /** 变更字段 包含(不区分大小写) / changes contains, case-insensitive */
  changesContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 变更字段 等于(不区分大小写) / changes equals, case-insensitive */
  changesEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 变更字段 大于 / changes greater than */
  changesGT?: InputMaybe<Scalars['String']['input']>;
  /** 变更字段 大于等于 / changes greater than or equal to */
  changesGTE?: InputMaybe<Scalars['String']['input']>;
  /** 变更字段 开头是 / changes starts with */
  changesHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 变更字段 结尾是 / changes ends with */
  changesHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 变更字段 在列表中 / changes in the list */
  changesIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 变更字段 为空 / changes is null */
  changesIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 变更字段 小于 / changes less than */
  changesLT?: InputMaybe<Scalars['String']['input']>;
  /** 变更字段 小于等于 / changes less than or equal to */
  changesLTE?: InputMaybe<Scalars['String']['input']>;
  /** 变更字段 不等于 / changes not equal to */
  changesNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 变更字段 不在列表中 / changes not in the list */
  changesNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 变更字段 非空 / changes is not null */
  changesNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 对象 ID 等于 / entityID equals */
  entityID?: InputMaybe<Scalars['Int']['input']>;
  /** 对象 ID 大于 / entityID greater than */
  entityIDGT?: InputMaybe<Scalars['Int']['input']>;
  /** 对象 ID 大于等于 / entityID greater than or equal to */
  entityIDGTE?: InputMaybe<Scalars['Int']['input']>;
  /** 对象 ID 在列表中 / entityID in the list */
  entityIDIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** 对象 ID 为空 / entityID is null */
  entityIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 对象 ID 小于 / entityID less than */
  entityIDLT?: InputMaybe<Scalars['Int']['input']>;
  /** 对象 ID 小于等于 / entityID less than or equal to */
  entityIDLTE?: InputMaybe<Scalars['Int']['input']>;
  /** 对象 ID 不等于 / entityID not equal to */
  entityIDNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** 对象 ID 不在列表中 / entityID not in the list */
  entityIDNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** 对象 ID 非空 / entityID is not null */
  entityIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 对象类型 等于 / entityType equals */
  entityType?: InputMaybe<Scalars['String']['input']>;
  /** 对象类型 包含 / entityType contains */
  entityTypeContains?: InputMaybe<Scalars['String']['input']>;
  /** 对象类型 包含(不区分大小写) / entityType contains, case-insensitive */
  entityTypeContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 对象类型 等于(不区分大小写) / entityType equals, case-insensitive */
  entityTypeEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 对象类型 大于 / entityType greater than */
  entityTypeGT?: InputMaybe<Scalars['String']['input']>;
  /** 对象类型 大于等于 / entityType greater than or equal to */
  entityTypeGTE?: InputMaybe<Scalars['String']['input']>;
  /** 对象类型 开头是 / entityType starts with */
  entityTypeHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 对象类型 结尾是 / entityType ends with */
  entityTypeHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 对象类型 在列表中 / entityType in the list */
  entityTypeIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 对象类型 为空 / entityType is null */
  entityTypeIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 对象类型 小于 / entityType less than */
  entityTypeLT?: InputMaybe<Scalars['String']['input']>;
  /** 对象类型 小于等于 / entityType less than or equal to */
  entityTypeLTE?: InputMaybe<Scalars['String']['input']>;
  /** 对象类型 不等于 / entityType not equal to */
  entityTypeNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 对象类型 不在列表中 / entityType not in the list */
  entityTypeNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 对象类型 非空 / entityType is not null */
  entityTypeNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 编号 等于 / id equals */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 大于 / id greater than */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 大于等于 / id greater than or equal to */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 在列表中 / id in the list */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 编号 小于 / id less than */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 小于等于 / id less than or equal to */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 不等于 / id not equal to */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 不在列表中 / id not in the list */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 说明 等于 / message equals */
  message?: InputMaybe<Scalars['String']['input']>;
  /** 说明 包含 / message contains */
  messageContains?: InputMaybe<Scalars['String']['input']>;
  /** 说明 包含(不区分大小写) / message contains, case-insensitive */
  messageContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 说明 等于(不区分大小写) / message equals, case-insensitive */
  messageEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 说明 大于 / message greater than */
  messageGT?: InputMaybe<Scalars['String']['input']>;
  /** 说明 大于等于 / message greater than or equal to */
  messageGTE?: InputMaybe<Scalars['String']['input']>;
  /** 说明 开头是 / message starts with */
  messageHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 说明 结尾是 / message ends with */
  messageHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 说明 在列表中 / message in the list */
  messageIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 说明 为空 / message is null */
  messageIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 说明 小于 / message less than */
  messageLT?: InputMaybe<Scalars['String']['input']>;
  /** 说明 小于等于 / message less than or equal to */
  messageLTE?: InputMaybe<Scalars['String']['input']>;
  /** 说明 不等于 / message not equal to */
  messageNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 说明 不在列表中 / message not in the list */
  messageNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 说明 非空 / message is not null */
  messageNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 不满足 / this filter does not match */
  not?: InputMaybe<AuditLogWhereInput>;
  /** 任一满足 / any of these filters matches */
  or?: InputMaybe<Array<AuditLogWhereInput>>;
  /** 结果 等于 / outcome equals */
  outcome?: InputMaybe<AuditOutcome>;
  /** 结果 在列表中 / outcome in the list */
  outcomeIn?: InputMaybe<Array<AuditOutcome>>;
  /** 结果 不等于 / outcome not equal to */
  outcomeNEQ?: InputMaybe<AuditOutcome>;
  /** 结果 不在列表中 / outcome not in the list */
  outcomeNotIn?: InputMaybe<Array<AuditOutcome>>;
  /** 请求 ID 等于 / requestID equals */
  requestID?: InputMaybe<Scalars['String']['input']>;
  /** 请求 ID 包含 / requestID contains */
  requestIDContains?: InputMaybe<Scalars['String']['input']>;
  /** 请求 ID 包含(不区分大小写) / requestID contains, case-insensitive */
  requestIDContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 请求 ID 等于(不区分大小写) / requestID equals, case-insensitive */
  requestIDEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 请求 ID 大于 / requestID greater than */
  requestIDGT?: InputMaybe<Scalars['String']['input']>;
  /** 请求 ID 大于等于 / requestID greater than or equal to */
  requestIDGTE?: InputMaybe<Scalars['String']['input']>;
  /** 请求 ID 开头是 / requestID starts with */
  requestIDHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 请求 ID 结尾是 / requestID ends with */
  requestIDHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 请求 ID 在列表中 / requestID in the list */
  requestIDIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 请求 ID 为空 / requestID is null */
  requestIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 请求 ID 小于 / requestID less than */
  requestIDLT?: InputMaybe<Scalars['String']['input']>;
  /** 请求 ID 小于等于 / requestID less than or equal to */
  requestIDLTE?: InputMaybe<Scalars['String']['input']>;
  /** 请求 ID 不等于 / requestID not equal to */
  requestIDNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 请求 ID 不在列表中 / requestID not in the list */
  requestIDNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 请求 ID 非空 / requestID is not null */
  requestIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 时间 等于 / time equals */
  time?: InputMaybe<Scalars['Time']['input']>;
  /** 时间 大于 / time greater than */
  timeGT?: InputMaybe<Scalars['Time']['input']>;
  /** 时间 大于等于 / time greater than or equal to */
  timeGTE?: InputMaybe<Scalars['Time']['input']>;
  /** 时间 在列表中 / time in the list */
  timeIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 时间 小于 / time less than */
  timeLT?: InputMaybe<Scalars['Time']['input']>;
  /** 时间 小于等于 / time less than or equal to */
  timeLTE?: InputMaybe<Scalars['Time']['input']>;
  /** 时间 不等于 / time not equal to */
  timeNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** 时间 不在列表中 / time not in the list */
  timeNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
};

/** 结果 / ok (committed), error (failed, nothing written), forbidden (refused) */
export type AuditOutcome =
  /** 失败 / failed; nothing was written */
  | 'error'
  /** 拒绝 / refused: the token may not do this */
  | 'forbidden'
  /** 成功 / committed */
  | 'ok';

/** 类别 / category: 人员经费 labour, 督导 supervision, 活动 activities, 管理 management, 税费 insurance & tax, 培训 training, 其他 other */
export type BudgetCategory =
  /** 活动 / service activities */
  | 'ACTIVITIES'
  /** 税费 / insurance and tax */
  | 'INSURANCE_TAX'
  /** 人员经费 / labour: salaries and social insurance of the workers */
  | 'LABOR'
  /** 管理 / management */
  | 'MANAGEMENT'
  /** 其他 / other */
  | 'OTHER'
  /** 督导 / supervision */
  | 'SUPERVISION'
  /** 培训 / training */
  | 'TRAINING';

/** 预算明细 / One budget line. */
export type BudgetLineInput = {
  /** 金额（元）/ amount in yuan */
  amount: Scalars['Money']['input'];
  /** 类别 / category */
  category: BudgetCategory;
};

/** 预算明细 的排序 / Ordering of BudgetLine. */
export type BudgetLineOrder = {
  /** 排序方向 / the direction to order by */
  direction?: OrderDirection;
  /** 排序字段 / the field to order by */
  field: BudgetLineOrderField;
};

/** 预算明细 的排序字段 / Fields BudgetLine can be ordered by. */
export type BudgetLineOrderField =
  /** 按金额(分)排序 / order by amount */
  | 'AMOUNT'
  /** 按类别排序 / order by category */
  | 'CATEGORY'
  /** 按创建时间排序 / order by created_at */
  | 'CREATED_AT';

/** 预算明细 的筛选条件 / A filter on BudgetLine; the fields combine with AND. */
export type BudgetLineWhereInput = {
  /** 金额(分) 等于 / amount equals */
  amount?: InputMaybe<Scalars['Money']['input']>;
  /** 金额(分) 大于 / amount greater than */
  amountGT?: InputMaybe<Scalars['Money']['input']>;
  /** 金额(分) 大于等于 / amount greater than or equal to */
  amountGTE?: InputMaybe<Scalars['Money']['input']>;
  /** 金额(分) 在列表中 / amount in the list */
  amountIn?: InputMaybe<Array<Scalars['Money']['input']>>;
  /** 金额(分) 小于 / amount less than */
  amountLT?: InputMaybe<Scalars['Money']['input']>;
  /** 金额(分) 小于等于 / amount less than or equal to */
  amountLTE?: InputMaybe<Scalars['Money']['input']>;
  /** 金额(分) 不等于 / amount not equal to */
  amountNEQ?: InputMaybe<Scalars['Money']['input']>;
  /** 金额(分) 不在列表中 / amount not in the list */
  amountNotIn?: InputMaybe<Array<Scalars['Money']['input']>>;
  /** 全部满足 / all of these filters match */
  and?: InputMaybe<Array<BudgetLineWhereInput>>;
  /** 类别 等于 / category equals */
  category?: InputMaybe<BudgetCategory>;
  /** 类别 在列表中 / category in the list */
  categoryIn?: InputMaybe<Array<BudgetCategory>>;
  /** 类别 不等于 / category not equal to */
  categoryNEQ?: InputMaybe<BudgetCategory>;
  /** 类别 不在列表中 / category not in the list */
  categoryNotIn?: InputMaybe<Array<BudgetCategory>>;
  /** 创建时间 等于 / createdAt equals */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 大于 / createdAt greater than */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 大于等于 / createdAt greater than or equal to */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 在列表中 / createdAt in the list */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 创建时间 小于 / createdAt less than */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 小于等于 / createdAt less than or equal to */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 不等于 / createdAt not equal to */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 不在列表中 / createdAt not in the list */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 所属项目 存在 / has at least one related project */
  hasProject?: InputMaybe<Scalars['Boolean']['input']>;
  /** 所属项目 满足条件 / has a related project matching the filter */
  hasProjectWith?: InputMaybe<Array<ProjectWhereInput>>;
  /** 编号 等于 / id equals */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 大于 / id greater than */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 大于等于 / id greater than or equal to */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 在列表中 / id in the list */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 编号 小于 / id less than */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 小于等于 / id less than or equal to */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 不等于 / id not equal to */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 不在列表中 / id not in the list */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 不满足 / this filter does not match */
  not?: InputMaybe<BudgetLineWhereInput>;
  /** 备注 等于 / note equals */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 备注 包含 / note contains */
  noteContains?: InputMaybe<Scalars['String']['input']>;
  /** 备注 包含(不区分大小写) / note contains, case-insensitive */
  noteContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 备注 等于(不区分大小写) / note equals, case-insensitive */
  noteEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 备注 大于 / note greater than */
  noteGT?: InputMaybe<Scalars['String']['input']>;
  /** 备注 大于等于 / note greater than or equal to */
  noteGTE?: InputMaybe<Scalars['String']['input']>;
  /** 备注 开头是 / note starts with */
  noteHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 备注 结尾是 / note ends with */
  noteHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 备注 在列表中 / note in the list */
  noteIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 备注 为空 / note is null */
  noteIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 备注 小于 / note less than */
  noteLT?: InputMaybe<Scalars['String']['input']>;
  /** 备注 小于等于 / note less than or equal to */
  noteLTE?: InputMaybe<Scalars['String']['input']>;
  /** 备注 不等于 / note not equal to */
  noteNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 备注 不在列表中 / note not in the list */
  noteNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 备注 非空 / note is not null */
  noteNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 任一满足 / any of these filters matches */
  or?: InputMaybe<Array<BudgetLineWhereInput>>;
  /** 更新时间 等于 / updatedAt equals */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 大于 / updatedAt greater than */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 大于等于 / updatedAt greater than or equal to */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 在列表中 / updatedAt in the list */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 更新时间 小于 / updatedAt less than */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 小于等于 / updatedAt less than or equal to */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 不等于 / updatedAt not equal to */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 不在列表中 / updatedAt not in the list */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
};

/** 购买服务目录条目 的排序 / Ordering of CatalogItem. */
export type CatalogItemOrder = {
  /** 排序方向 / the direction to order by */
  direction?: OrderDirection;
  /** 排序字段 / the field to order by */
  field: CatalogItemOrderField;
};

/** 购买服务目录条目 的排序字段 / Fields CatalogItem can be ordered by. */
export type CatalogItemOrderField =
  /** 按目录编码排序 / order by code */
  | 'CODE'
  /** 按创建时间排序 / order by created_at */
  | 'CREATED_AT'
  /** 按中文名称排序 / order by term_zh */
  | 'TERM_ZH';

/** 购买服务目录条目 的筛选条件 / A filter on CatalogItem; the fields combine with AND. */
export type CatalogItemWhereInput = {
  /** 全部满足 / all of these filters match */
  and?: InputMaybe<Array<CatalogItemWhereInput>>;
  /** 条款 等于 / citationClause equals */
  citationClause?: InputMaybe<Scalars['String']['input']>;
  /** 条款 包含 / citationClause contains */
  citationClauseContains?: InputMaybe<Scalars['String']['input']>;
  /** 条款 包含(不区分大小写) / citationClause contains, case-insensitive */
  citationClauseContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 条款 等于(不区分大小写) / citationClause equals, case-insensitive */
  citationClauseEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 条款 大于 / citationClause greater than */
  citationClauseGT?: InputMaybe<Scalars['String']['input']>;
  /** 条款 大于等于 / citationClause greater than or equal to */
  citationClauseGTE?: InputMaybe<Scalars['String']['input']>;
  /** 条款 开头是 / citationClause starts with */
  citationClauseHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 条款 结尾是 / citationClause ends with */
  citationClauseHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 条款 在列表中 / citationClause in the list */
  citationClauseIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 条款 为空 / citationClause is null */
  citationClauseIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 条款 小于 / citationClause less than */
  citationClauseLT?: InputMaybe<Scalars['String']['input']>;
  /** 条款 小于等于 / citationClause less than or equal to */
  citationClauseLTE?: InputMaybe<Scalars['String']['input']>;
  /** 条款 不等于 / citationClause not equal to */
  citationClauseNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 条款 不在列表中 / citationClause not in the list */
  citationClauseNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 条款 非空 / citationClause is not null */
  citationClauseNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 文件键 等于 / citationDocument equals */
  citationDocument?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 包含 / citationDocument contains */
  citationDocumentContains?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 包含(不区分大小写) / citationDocument contains, case-insensitive */
  citationDocumentContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 等于(不区分大小写) / citationDocument equals, case-insensitive */
  citationDocumentEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 大于 / citationDocument greater than */
  citationDocumentGT?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 大于等于 / citationDocument greater than or equal to */
  citationDocumentGTE?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 开头是 / citationDocument starts with */
  citationDocumentHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 结尾是 / citationDocument ends with */
  citationDocumentHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 在列表中 / citationDocument in the list */
  citationDocumentIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 文件键 为空 / citationDocument is null */
  citationDocumentIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 文件键 小于 / citationDocument less than */
  citationDocumentLT?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 小于等于 / citationDocument less than or equal to */
  citationDocumentLTE?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 不等于 / citationDocument not equal to */
  citationDocumentNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 不在列表中 / citationDocument not in the list */
  citationDocumentNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 文件键 非空 / citationDocument is not null */
  citationDocumentNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 原文 等于 / citationQuote equals */
  citationQuote?: InputMaybe<Scalars['String']['input']>;
  /** 原文 包含 / citationQuote contains */
  citationQuoteContains?: InputMaybe<Scalars['String']['input']>;
  /** 原文 包含(不区分大小写) / citationQuote contains, case-insensitive */
  citationQuoteContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 原文 等于(不区分大小写) / citationQuote equals, case-insensitive */
  citationQuoteEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 原文 大于 / citationQuote greater than */
  citationQuoteGT?: InputMaybe<Scalars['String']['input']>;
  /** 原文 大于等于 / citationQuote greater than or equal to */
  citationQuoteGTE?: InputMaybe<Scalars['String']['input']>;
  /** 原文 开头是 / citationQuote starts with */
  citationQuoteHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 原文 结尾是 / citationQuote ends with */
  citationQuoteHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 原文 在列表中 / citationQuote in the list */
  citationQuoteIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 原文 为空 / citationQuote is null */
  citationQuoteIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 原文 小于 / citationQuote less than */
  citationQuoteLT?: InputMaybe<Scalars['String']['input']>;
  /** 原文 小于等于 / citationQuote less than or equal to */
  citationQuoteLTE?: InputMaybe<Scalars['String']['input']>;
  /** 原文 不等于 / citationQuote not equal to */
  citationQuoteNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 原文 不在列表中 / citationQuote not in the list */
  citationQuoteNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 原文 非空 / citationQuote is not null */
  citationQuoteNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 目录编码 等于 / code equals */
  code?: InputMaybe<Scalars['String']['input']>;
  /** 目录编码 包含 / code contains */
  codeContains?: InputMaybe<Scalars['String']['input']>;
  /** 目录编码 包含(不区分大小写) / code contains, case-insensitive */
  codeContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 目录编码 等于(不区分大小写) / code equals, case-insensitive */
  codeEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 目录编码 大于 / code greater than */
  codeGT?: InputMaybe<Scalars['String']['input']>;
  /** 目录编码 大于等于 / code greater than or equal to */
  codeGTE?: InputMaybe<Scalars['String']['input']>;
  /** 目录编码 开头是 / code starts with */
  codeHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 目录编码 结尾是 / code ends with */
  codeHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 目录编码 在列表中 / code in the list */
  codeIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 目录编码 小于 / code less than */
  codeLT?: InputMaybe<Scalars['String']['input']>;
  /** 目录编码 小于等于 / code less than or equal to */
  codeLTE?: InputMaybe<Scalars['String']['input']>;
  /** 目录编码 不等于 / code not equal to */
  codeNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 目录编码 不在列表中 / code not in the list */
  codeNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 创建时间 等于 / createdAt equals */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 大于 / createdAt greater than */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 大于等于 / createdAt greater than or equal to */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 在列表中 / createdAt in the list */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 创建时间 小于 / createdAt less than */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 小于等于 / createdAt less than or equal to */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 不等于 / createdAt not equal to */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 不在列表中 / createdAt not in the list */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 地区 存在 / has at least one related region */
  hasRegion?: InputMaybe<Scalars['Boolean']['input']>;
  /** 地区 满足条件 / has a related region matching the filter */
  hasRegionWith?: InputMaybe<Array<RegionWhereInput>>;
  /** 高风险领域 等于 / highRisk equals */
  highRisk?: InputMaybe<Scalars['Boolean']['input']>;
  /** 高风险领域 不等于 / highRisk not equal to */
  highRiskNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  /** 编号 等于 / id equals */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 大于 / id greater than */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 大于等于 / id greater than or equal to */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 在列表中 / id in the list */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 编号 小于 / id less than */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 小于等于 / id less than or equal to */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 不等于 / id not equal to */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 不在列表中 / id not in the list */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 类型 等于 / kind equals */
  kind?: InputMaybe<Scalars['String']['input']>;
  /** 类型 包含 / kind contains */
  kindContains?: InputMaybe<Scalars['String']['input']>;
  /** 类型 包含(不区分大小写) / kind contains, case-insensitive */
  kindContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 类型 等于(不区分大小写) / kind equals, case-insensitive */
  kindEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 类型 大于 / kind greater than */
  kindGT?: InputMaybe<Scalars['String']['input']>;
  /** 类型 大于等于 / kind greater than or equal to */
  kindGTE?: InputMaybe<Scalars['String']['input']>;
  /** 类型 开头是 / kind starts with */
  kindHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 类型 结尾是 / kind ends with */
  kindHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 类型 在列表中 / kind in the list */
  kindIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 类型 小于 / kind less than */
  kindLT?: InputMaybe<Scalars['String']['input']>;
  /** 类型 小于等于 / kind less than or equal to */
  kindLTE?: InputMaybe<Scalars['String']['input']>;
  /** 类型 不等于 / kind not equal to */
  kindNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 类型 不在列表中 / kind not in the list */
  kindNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 层级 等于 / level equals */
  level?: InputMaybe<Scalars['String']['input']>;
  /** 层级 包含 / level contains */
  levelContains?: InputMaybe<Scalars['String']['input']>;
  /** 层级 包含(不区分大小写) / level contains, case-insensitive */
  levelContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 层级 等于(不区分大小写) / level equals, case-insensitive */
  levelEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 层级 大于 / level greater than */
  levelGT?: InputMaybe<Scalars['String']['input']>;
  /** 层级 大于等于 / level greater than or equal to */
  levelGTE?: InputMaybe<Scalars['String']['input']>;
  /** 层级 开头是 / level starts with */
  levelHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 层级 结尾是 / level ends with */
  levelHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 层级 在列表中 / level in the list */
  levelIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 层级 为空 / level is null */
  levelIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 层级 小于 / level less than */
  levelLT?: InputMaybe<Scalars['String']['input']>;
  /** 层级 小于等于 / level less than or equal to */
  levelLTE?: InputMaybe<Scalars['String']['input']>;
  /** 层级 不等于 / level not equal to */
  levelNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 层级 不在列表中 / level not in the list */
  levelNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 层级 非空 / level is not null */
  levelNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 匹配 等于 / match equals */
  match?: InputMaybe<Scalars['String']['input']>;
  /** 匹配 包含 / match contains */
  matchContains?: InputMaybe<Scalars['String']['input']>;
  /** 匹配 包含(不区分大小写) / match contains, case-insensitive */
  matchContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 匹配 等于(不区分大小写) / match equals, case-insensitive */
  matchEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 匹配 大于 / match greater than */
  matchGT?: InputMaybe<Scalars['String']['input']>;
  /** 匹配 大于等于 / match greater than or equal to */
  matchGTE?: InputMaybe<Scalars['String']['input']>;
  /** 匹配 开头是 / match starts with */
  matchHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 匹配 结尾是 / match ends with */
  matchHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 匹配 在列表中 / match in the list */
  matchIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 匹配 为空 / match is null */
  matchIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 匹配 小于 / match less than */
  matchLT?: InputMaybe<Scalars['String']['input']>;
  /** 匹配 小于等于 / match less than or equal to */
  matchLTE?: InputMaybe<Scalars['String']['input']>;
  /** 匹配 不等于 / match not equal to */
  matchNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 匹配 不在列表中 / match not in the list */
  matchNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 匹配 非空 / match is not null */
  matchNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 不满足 / this filter does not match */
  not?: InputMaybe<CatalogItemWhereInput>;
  /** 任一满足 / any of these filters matches */
  or?: InputMaybe<Array<CatalogItemWhereInput>>;
  /** 地区代码 / region code */
  region?: InputMaybe<Scalars['String']['input']>;
  /** 映射到该共享编码（如 DOM-MENTAL）/ maps to this shared taxonomy code, e.g. DOM-MENTAL */
  sharedCode?: InputMaybe<Scalars['String']['input']>;
  /** 英文名称 等于 / termEn equals */
  termEn?: InputMaybe<Scalars['String']['input']>;
  /** 英文名称 包含 / termEn contains */
  termEnContains?: InputMaybe<Scalars['String']['input']>;
  /** 英文名称 包含(不区分大小写) / termEn contains, case-insensitive */
  termEnContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 英文名称 等于(不区分大小写) / termEn equals, case-insensitive */
  termEnEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 英文名称 大于 / termEn greater than */
  termEnGT?: InputMaybe<Scalars['String']['input']>;
  /** 英文名称 大于等于 / termEn greater than or equal to */
  termEnGTE?: InputMaybe<Scalars['String']['input']>;
  /** 英文名称 开头是 / termEn starts with */
  termEnHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 英文名称 结尾是 / termEn ends with */
  termEnHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 英文名称 在列表中 / termEn in the list */
  termEnIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 英文名称 为空 / termEn is null */
  termEnIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 英文名称 小于 / termEn less than */
  termEnLT?: InputMaybe<Scalars['String']['input']>;
  /** 英文名称 小于等于 / termEn less than or equal to */
  termEnLTE?: InputMaybe<Scalars['String']['input']>;
  /** 英文名称 不等于 / termEn not equal to */
  termEnNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 英文名称 不在列表中 / termEn not in the list */
  termEnNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 英文名称 非空 / termEn is not null */
  termEnNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 中文名称 等于 / termZh equals */
  termZh?: InputMaybe<Scalars['String']['input']>;
  /** 中文名称 包含 / termZh contains */
  termZhContains?: InputMaybe<Scalars['String']['input']>;
  /** 中文名称 包含(不区分大小写) / termZh contains, case-insensitive */
  termZhContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 中文名称 等于(不区分大小写) / termZh equals, case-insensitive */
  termZhEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 中文名称 大于 / termZh greater than */
  termZhGT?: InputMaybe<Scalars['String']['input']>;
  /** 中文名称 大于等于 / termZh greater than or equal to */
  termZhGTE?: InputMaybe<Scalars['String']['input']>;
  /** 中文名称 开头是 / termZh starts with */
  termZhHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 中文名称 结尾是 / termZh ends with */
  termZhHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 中文名称 在列表中 / termZh in the list */
  termZhIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 中文名称 小于 / termZh less than */
  termZhLT?: InputMaybe<Scalars['String']['input']>;
  /** 中文名称 小于等于 / termZh less than or equal to */
  termZhLTE?: InputMaybe<Scalars['String']['input']>;
  /** 中文名称 不等于 / termZh not equal to */
  termZhNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 中文名称 不在列表中 / termZh not in the list */
  termZhNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 更新时间 等于 / updatedAt equals */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 大于 / updatedAt greater than */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 大于等于 / updatedAt greater than or equal to */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 在列表中 / updatedAt in the list */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 更新时间 小于 / updatedAt less than */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 小于等于 / updatedAt less than or equal to */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 不等于 / updatedAt not equal to */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 不在列表中 / updatedAt not in the list */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 生效日期 等于 / validFrom equals */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** 生效日期 大于 / validFrom greater than */
  validFromGT?: InputMaybe<Scalars['Date']['input']>;
  /** 生效日期 大于等于 / validFrom greater than or equal to */
  validFromGTE?: InputMaybe<Scalars['Date']['input']>;
  /** 生效日期 在列表中 / validFrom in the list */
  validFromIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 生效日期 为空 / validFrom is null */
  validFromIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 生效日期 小于 / validFrom less than */
  validFromLT?: InputMaybe<Scalars['Date']['input']>;
  /** 生效日期 小于等于 / validFrom less than or equal to */
  validFromLTE?: InputMaybe<Scalars['Date']['input']>;
  /** 生效日期 不等于 / validFrom not equal to */
  validFromNEQ?: InputMaybe<Scalars['Date']['input']>;
  /** 生效日期 不在列表中 / validFrom not in the list */
  validFromNotIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 生效日期 非空 / validFrom is not null */
  validFromNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 在该日有效 / in force on this day (valid_from ≤ d and valid_to null or ≥ d) */
  validOn?: InputMaybe<Scalars['Date']['input']>;
  /** 失效日期 等于 / validTo equals */
  validTo?: InputMaybe<Scalars['Date']['input']>;
  /** 失效日期 大于 / validTo greater than */
  validToGT?: InputMaybe<Scalars['Date']['input']>;
  /** 失效日期 大于等于 / validTo greater than or equal to */
  validToGTE?: InputMaybe<Scalars['Date']['input']>;
  /** 失效日期 在列表中 / validTo in the list */
  validToIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 失效日期 为空 / validTo is null */
  validToIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 失效日期 小于 / validTo less than */
  validToLT?: InputMaybe<Scalars['Date']['input']>;
  /** 失效日期 小于等于 / validTo less than or equal to */
  validToLTE?: InputMaybe<Scalars['Date']['input']>;
  /** 失效日期 不等于 / validTo not equal to */
  validToNEQ?: InputMaybe<Scalars['Date']['input']>;
  /** 失效日期 不在列表中 / validTo not in the list */
  validToNotIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 失效日期 非空 / validTo is not null */
  validToNotNil?: InputMaybe<Scalars['Boolean']['input']>;
};

/** 职业资格等级 / certificate: 无, 助理社会工作师 (assistant), 社会工作师 (intermediate), 高级社会工作师 (senior) */
export type CertificateLevel =
  /** 助理社会工作师 / assistant social worker */
  | 'ASSISTANT'
  /** 社会工作师 / social worker (intermediate) */
  | 'INTERMEDIATE'
  /** 无 / no social-work certificate */
  | 'NONE'
  /** 高级社会工作师 / senior social worker */
  | 'SENIOR';

/** 总体结论 / overall status: 合规, 不合规, 信息不全, 规则未生效, 无适用规则 */
export type ComplianceStatus =
  /** 合规 / at least one rule passed, none failed, no input missing */
  | 'COMPLIANT'
  /** 信息不全 / no rule failed, but some rule lacked input (or a region of the chain did not answer) */
  | 'INCOMPLETE'
  /** 不合规 / at least one rule failed */
  | 'NON_COMPLIANT'
  /** 规则未生效 / no rule passed or failed, and some rule that would apply is outside its validity window on the as-of date */
  | 'NOT_IN_FORCE'
  /** 该地区没有适用于此对象的规则 / no rule of the region applies to this subject; not the same as compliant */
  | 'NOT_REGULATED';

/** 承接机构报告 / One report the contractor submitted. */
export type ContractorReportInput = {
  /** 报告类型 / kind of report */
  kind: ContractorReportKind;
  /** 提交日期；缺省表示未提供 / day it was submitted; omitted means not given */
  submittedOn?: InputMaybe<Scalars['Date']['input']>;
};

/** 承接机构报告类型 / Kind of report a contractor submits (承接机构报告). */
export type ContractorReportKind =
  /** 末期工作报告 / final work report */
  | 'FINAL'
  /** 中期工作报告 / mid-term work report */
  | 'MID_TERM'
  /** 月度工作简报 / monthly work brief */
  | 'MONTHLY_BRIEF';

/** 承接机构报告 的排序 / Ordering of ContractorReport. */
export type ContractorReportOrder = {
  /** 排序方向 / the direction to order by */
  direction?: OrderDirection;
  /** 排序字段 / the field to order by */
  field: ContractorReportOrderField;
};

/** 承接机构报告 的排序字段 / Fields ContractorReport can be ordered by. */
export type ContractorReportOrderField =
  /** 按创建时间排序 / order by created_at */
  | 'CREATED_AT'
  /** 按提交日期排序 / order by submitted_on */
  | 'SUBMITTED_ON';

/** 承接机构报告 的筛选条件 / A filter on ContractorReport; the fields combine with AND. */
export type ContractorReportWhereInput = {
  /** 全部满足 / all of these filters match */
  and?: InputMaybe<Array<ContractorReportWhereInput>>;
  /** 创建时间 等于 / createdAt equals */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 大于 / createdAt greater than */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 大于等于 / createdAt greater than or equal to */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 在列表中 / createdAt in the list */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 创建时间 小于 / createdAt less than */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 小于等于 / createdAt less than or equal to */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 不等于 / createdAt not equal to */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 不在列表中 / createdAt not in the list */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 所属项目 存在 / has at least one related project */
  hasProject?: InputMaybe<Scalars['Boolean']['input']>;
  /** 所属项目 满足条件 / has a related project matching the filter */
  hasProjectWith?: InputMaybe<Array<ProjectWhereInput>>;
  /** 编号 等于 / id equals */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 大于 / id greater than */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 大于等于 / id greater than or equal to */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 在列表中 / id in the list */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 编号 小于 / id less than */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 小于等于 / id less than or equal to */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 不等于 / id not equal to */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 不在列表中 / id not in the list */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 报告类型 等于 / kind equals */
  kind?: InputMaybe<ContractorReportKind>;
  /** 报告类型 在列表中 / kind in the list */
  kindIn?: InputMaybe<Array<ContractorReportKind>>;
  /** 报告类型 不等于 / kind not equal to */
  kindNEQ?: InputMaybe<ContractorReportKind>;
  /** 报告类型 不在列表中 / kind not in the list */
  kindNotIn?: InputMaybe<Array<ContractorReportKind>>;
  /** 不满足 / this filter does not match */
  not?: InputMaybe<ContractorReportWhereInput>;
  /** 任一满足 / any of these filters matches */
  or?: InputMaybe<Array<ContractorReportWhereInput>>;
  /** 提交日期 等于 / submittedOn equals */
  submittedOn?: InputMaybe<Scalars['Date']['input']>;
  /** 提交日期 大于 / submittedOn greater than */
  submittedOnGT?: InputMaybe<Scalars['Date']['input']>;
  /** 提交日期 大于等于 / submittedOn greater than or equal to */
  submittedOnGTE?: InputMaybe<Scalars['Date']['input']>;
  /** 提交日期 在列表中 / submittedOn in the list */
  submittedOnIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 提交日期 为空 / submittedOn is null */
  submittedOnIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 提交日期 小于 / submittedOn less than */
  submittedOnLT?: InputMaybe<Scalars['Date']['input']>;
  /** 提交日期 小于等于 / submittedOn less than or equal to */
  submittedOnLTE?: InputMaybe<Scalars['Date']['input']>;
  /** 提交日期 不等于 / submittedOn not equal to */
  submittedOnNEQ?: InputMaybe<Scalars['Date']['input']>;
  /** 提交日期 不在列表中 / submittedOn not in the list */
  submittedOnNotIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 提交日期 非空 / submittedOn is not null */
  submittedOnNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 更新时间 等于 / updatedAt equals */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 大于 / updatedAt greater than */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 大于等于 / updatedAt greater than or equal to */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 在列表中 / updatedAt in the list */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 更新时间 小于 / updatedAt less than */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 小于等于 / updatedAt less than or equal to */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 不等于 / updatedAt not equal to */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 不在列表中 / updatedAt not in the list */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
};

/** 覆盖状态 / DEFINED 已规定(有取值与出处), NOT_REGULATED 文件未规定, NOT_MODELLED 已规定但尚未编码 */
export type CoverageStatus =
  /** 已规定 / the region sets a value, with a citation */
  | 'DEFINED'
  /** 已规定但尚未编码 / regulated, but the plugin does not encode it yet */
  | 'NOT_MODELLED'
  /** 文件未规定 / the region's documents are silent on this concept */
  | 'NOT_REGULATED';

/** 创建令牌 / A token to create (admin only). */
export type CreateApiTokenInput = {
  /** 过期时间 / when it stops working; never when omitted */
  expiresAt?: InputMaybe<Scalars['Time']['input']>;
  /** 名称 / label, unique, not a number */
  label: Scalars['String']['input'];
  /** 地区代码 / region code: required for region_operator, refused otherwise */
  region?: InputMaybe<Scalars['String']['input']>;
  /** 角色 / role */
  role: Role;
};

/** 新建 预算明细 的字段 / The fields of a new BudgetLine. */
export type CreateBudgetLineInput = {
  /** 金额(分) / amount in fen; Money in yuan over the API */
  amount: Scalars['Money']['input'];
  /** 类别 / category: 人员经费 labour, 督导 supervision, 活动 activities, 管理 management, 税费 insurance & tax, 培训 training, 其他 other */
  category: BudgetCategory;
  /** 备注 / note */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 关联所属项目的编号 / id of the related project */
  projectID: Scalars['ID']['input'];
};

/** 新建 购买服务目录条目 的字段 / The fields of a new CatalogItem. */
export type CreateCatalogItemInput = {
  /** 条款 / clause of the document the value is quoted from */
  citationClause?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 / key of the document quoted, e.g. SZ-2020 */
  citationDocument?: InputMaybe<Scalars['String']['input']>;
  /** 原文 / exact quote from the document */
  citationQuote?: InputMaybe<Scalars['String']['input']>;
  /** 目录编码 / item code */
  code: Scalars['String']['input'];
  /** 高风险领域 / high-risk domain (Shenzhen: raised floor) */
  highRisk?: InputMaybe<Scalars['Boolean']['input']>;
  /** 类型 / kind: domain, service-area, catalogue-item, priority-group, service-type, purchase-item */
  kind: Scalars['String']['input'];
  /** 层级 / level, e.g. 乡镇(街道) or 村(社区) */
  level?: InputMaybe<Scalars['String']['input']>;
  /** 匹配 / how the term matches its shared codes: = same, < narrower, > broader, ~ partial */
  match?: InputMaybe<Scalars['String']['input']>;
  /** 关联地区的编号 / id of the related region */
  regionID: Scalars['ID']['input'];
  /** 共享分类编码 / shared taxonomy codes, e.g. DOM-MENTAL */
  sharedCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 英文名称 / English term */
  termEn?: InputMaybe<Scalars['String']['input']>;
  /** 中文名称 / the region's own term (label of record) */
  termZh: Scalars['String']['input'];
  /** 生效日期 / first day in force (inclusive) */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** 失效日期 / last day in force (inclusive); null while open-ended */
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

/** 新建 承接机构报告 的字段 / The fields of a new ContractorReport. */
export type CreateContractorReportInput = {
  /** 报告类型 / kind: 月度工作简报 MONTHLY_BRIEF, 中期工作报告 MID_TERM, 末期工作报告 FINAL */
  kind: ContractorReportKind;
  /** 关联所属项目的编号 / id of the related project */
  projectID: Scalars['ID']['input'];
  /** 提交日期 / day it was submitted; null when not given */
  submittedOn?: InputMaybe<Scalars['Date']['input']>;
};

/** 新建 社会工作服务机构 的字段 / The fields of a new Organization. */
export type CreateOrganizationInput = {
  /** 最近一次年检结论 / conclusion of its latest annual inspection: 合格 QUALIFIED, 基本合格 BASICALLY_QUALIFIED, 不合格 UNQUALIFIED, 未参加年检 NOT_INSPECTED; null when not given */
  annualInspection?: InputMaybe<AnnualInspectionResult>;
  /** 社会组织类别 / kind of social organisation: 行业协会商会类 TRADE_ASSOCIATION, 科技类 SCIENCE, 公益慈善类 CHARITY, 城乡社区服务类 COMMUNITY_SERVICE, OTHER; null when not given */
  category?: InputMaybe<OrganizationCategory>;
  /** 已公开的信息 / items the organisation has publicly disclosed (信息公开: 组织机构、年报公告、年度财务报告、薪酬管理制度 …), named as the documents name them and matched exactly against each region's list; null when not given, [] when nothing is disclosed */
  disclosures?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 专职工作人员数 / full-time staff */
  fullTimeStaff?: InputMaybe<Scalars['Int']['input']>;
  /** 社会组织评估等级 / assessed grade 3A, 4A or 5A; null when not graded */
  grade?: InputMaybe<OrganizationGrade>;
  /** 设有理事会 / a board of directors (理事会) is in place; null when not given */
  hasBoard?: InputMaybe<Scalars['Boolean']['input']>;
  /** 是否建立党组织 / has its own party organisation */
  hasPartyOrganization?: InputMaybe<Scalars['Boolean']['input']>;
  /** 设有监事会 / a supervisory board (监事会) is in place; null when not given */
  hasSupervisoryBoard?: InputMaybe<Scalars['Boolean']['input']>;
  /** 机构名称 / registered name */
  name: Scalars['String']['input'];
  /** 在城乡社区内活动 / works inside urban or rural communities; null when not given */
  operatesWithinCommunity?: InputMaybe<Scalars['Boolean']['input']>;
  /** 正式党员数 / full party members among head, full-time and long-term part-time staff */
  partyMembers?: InputMaybe<Scalars['Int']['input']>;
  /** 党组织组建方式 / how its party organisation was formed: 单独建 SEPARATE, 联合建 JOINT, 挂靠建 AFFILIATED, OTHER; null when not given or when there is none */
  partyOrganizationMode?: InputMaybe<PartyOrganizationMode>;
  /** 持证或社工专业本科以上人员数 / staff holding a social-work certificate or a social-work bachelor's degree or higher */
  qualifiedStaff?: InputMaybe<Scalars['Int']['input']>;
  /** 关联所在地区的编号 / id of the related region */
  regionID: Scalars['ID']['input'];
  /** 直接登记 / registered directly with the civil-affairs authority, without a supervising unit (业务主管单位); null when not given */
  registeredDirectly?: InputMaybe<Scalars['Boolean']['input']>;
  /** 已具备的登记条件 / registration conditions the organisation meets (内部治理结构、固定住所 …), matched exactly against each region's list; null when not given, [] when none */
  registrationConditions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 登记管理机关级别 / level of the registering civil-affairs authority: 省 / 市 / 县 */
  registrationLevel: RegistrationLevel;
  /** 示例数据 / true for generated demo data, not a real organisation */
  synthetic?: InputMaybe<Scalars['Boolean']['input']>;
  /** 统一社会信用代码 / unified social credit code, 18 characters with a GB 32100-2015 check character */
  unifiedSocialCreditCode: Scalars['String']['input'];
};

/** 新建 项目评估 的字段 / The fields of a new PerformanceEvaluation. */
export type CreatePerformanceEvaluationInput = {
  /** 评估日期 / date of the evaluation */
  evaluatedOn: Scalars['Date']['input'];
  /** 评估机构 / evaluating body, e.g. a third-party evaluator (第三方评估机构) */
  evaluator: Scalars['String']['input'];
  /** 评估类型 / kind: 专业评估, 绩效评价, 中期评估, 末期评估, 自评 */
  kind: EvaluationKind;
  /** 备注 / note */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 关联所属项目的编号 / id of the related project */
  projectID: Scalars['ID']['input'];
  /** 评估等级 / rating: 优秀, 良好, 合格, 不合格 */
  rating?: InputMaybe<EvaluationRating>;
  /** 评估得分 / score out of 100 */
  score?: InputMaybe<Scalars['Int']['input']>;
};

/** 新建 试点地区 的字段 / The fields of a new PilotSite. */
export type CreatePilotSiteInput = {
  /** 行政级别 / administrative level: 市, 州, 县 */
  adminLevel?: InputMaybe<Scalars['String']['input']>;
  /** 条款 / clause of the document the value is quoted from */
  citationClause?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 / key of the document quoted, e.g. SZ-2020 */
  citationDocument?: InputMaybe<Scalars['String']['input']>;
  /** 原文 / exact quote from the document */
  citationQuote?: InputMaybe<Scalars['String']['input']>;
  /** 试点编码 / the region's own code for the site */
  code?: InputMaybe<Scalars['String']['input']>;
  /** 试点类型 / kind of pilot */
  kind: Scalars['String']['input'];
  /** 英文名称 / English name */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** 中文名称 / name, e.g. 昆明市 */
  nameZh: Scalars['String']['input'];
  /** 备注 / note */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 关联地区的编号 / id of the related region */
  regionID: Scalars['ID']['input'];
  /** 生效日期 / first day in force (inclusive) */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** 失效日期 / last day in force (inclusive); null while open-ended */
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

/** 新建 政策文件 的字段 / The fields of a new PolicyDocument. */
export type CreatePolicyDocumentInput = {
  /** 文号 / document number, e.g. 云民政法〔2018〕44号 */
  docNumber?: InputMaybe<Scalars['String']['input']>;
  /** 发布日期 / date issued */
  issuedOn?: InputMaybe<Scalars['Date']['input']>;
  /** 发文机关 / issuing authority */
  issuer?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 / document key, e.g. SZ-2020 */
  key: Scalars['String']['input'];
  /** 关联地区的编号 / id of the related region */
  regionID: Scalars['ID']['input'];
  /** 种子文件 / source text file the rules were read from */
  seedFile?: InputMaybe<Scalars['String']['input']>;
  /** 英文标题 / title in English */
  titleEn?: InputMaybe<Scalars['String']['input']>;
  /** 中文标题 / title in Chinese */
  titleZh: Scalars['String']['input'];
  /** 生效日期 / first day in force (inclusive) */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** 推定施行日的最迟日期 / set when the document states no date of effect: valid_from is then inferred (推定), the earliest day the text supports, and this the latest day it can have taken effect */
  validFromLatest?: InputMaybe<Scalars['Date']['input']>;
  /** 失效日期 / last day in force (inclusive); null while open-ended */
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

/** 新建 政策参数 的字段 / The fields of a new PolicyParameter. */
export type CreatePolicyParameterInput = {
  /** 条款 / clause of the document the value is quoted from */
  citationClause?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 / key of the document quoted, e.g. SZ-2020 */
  citationDocument?: InputMaybe<Scalars['String']['input']>;
  /** 原文 / exact quote from the document */
  citationQuote?: InputMaybe<Scalars['String']['input']>;
  /** 共享概念键 / shared concept key, e.g. budget.labor_share_min */
  concept: Scalars['String']['input'];
  /** 关联出处文件的编号 / id of the related document */
  documentID?: InputMaybe<Scalars['ID']['input']>;
  /** 类型 / kind of value: MONEY (yuan, two decimals), RATIO (exact fraction 17/20), INTEGER, DATE, BOOL, TEXT */
  kind: Scalars['String']['input'];
  /** 备注 / how the value is read, e.g. 以下含本数 (inclusive) */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 参数编号 / parameter id */
  paramID: Scalars['String']['input'];
  /** 关联地区的编号 / id of the related region */
  regionID: Scalars['ID']['input'];
  /** 规则编号 / rule id, e.g. SZ-BUDGET-PACKAGE-MIN */
  ruleID: Scalars['String']['input'];
  /** 单位 / unit, e.g. CNY/person/year, 学时/year */
  unit?: InputMaybe<Scalars['String']['input']>;
  /** 生效日期 / first day in force (inclusive) */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** 失效日期 / last day in force (inclusive); null while open-ended */
  validTo?: InputMaybe<Scalars['Date']['input']>;
  /** 取值 / value as an exact decimal or fraction string, e.g. 163000 or 17/20 */
  value: Scalars['String']['input'];
};

/** 新建 备案记录 的字段 / The fields of a new ProjectFiling. */
export type CreateProjectFilingInput = {
  /** 备案文件 / the filed document, named as the documents name it (政府购买服务协议、年度实施计划、人员招聘方案 …) and matched exactly against each region's list */
  document: Scalars['String']['input'];
  /** 备案日期 / day it was filed; null when not given */
  filedOn?: InputMaybe<Scalars['Date']['input']>;
  /** 备案机关级别 / level of the authority it was filed with (CITY 报市(州)备案 …); null when not given */
  filedWith?: InputMaybe<AdminLevel>;
  /** 关联所属项目的编号 / id of the related project */
  projectID: Scalars['ID']['input'];
};

/** 新建 政府购买社会工作服务项目 的字段 / The fields of a new Project. */
export type CreateProjectInput = {
  /** 预算申报日期 / day the project's budget was declared to the finance department (向财政部门申报预算); null when not given */
  budgetDeclaredOn?: InputMaybe<Scalars['Date']['input']>;
  /** 服务协议载明的内容 / the matters the service agreement states, named as the documents name them (服务内容、目标任务、违约责任 …) and matched exactly against each region's list; null when not given, [] when it states none */
  contractClauses?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 服务协议签订方数 / how many parties signed the service agreement; null when not given */
  contractParties?: InputMaybe<Scalars['Int']['input']>;
  /** 合同签订日期 / date the contract was signed */
  contractSignedOn?: InputMaybe<Scalars['Date']['input']>;
  /** 关联承接机构的编号 / id of the related contractor */
  contractorID?: InputMaybe<Scalars['ID']['input']>;
  /** 服务周期(年) / contract cycle in years */
  cycleYears?: InputMaybe<Scalars['Int']['input']>;
  /** 服务领域 / service domain: a shared code (DOM-MENTAL) or the region's own term (精神卫生) */
  domain: Scalars['String']['input'];
  /** 服务结束日期 / last day of service */
  endsOn: Scalars['Date']['input'];
  /** 项目设立日期 / day the project was set up; null when not given */
  establishedOn?: InputMaybe<Scalars['Date']['input']>;
  /** 经费来源 / where the project's money comes from (福彩公益金、财政预算经费、县(市区)财政 …), matched exactly against each region's list; null when not given, [] when none */
  fundingSources?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 资金年度 / budget year of the project's money, e.g. 2024; null when not given */
  fundingYear?: InputMaybe<Scalars['Int']['input']>;
  /** 购买岗位总数 / funded positions (人), 1 or more */
  headcount: Scalars['Int']['input'];
  /** 入库审议通过日期 / day the review committee approved the project into the project library (评审委员会审议通过入库); null when not given or not approved */
  libraryApprovedOn?: InputMaybe<Scalars['Date']['input']>;
  /** 区级整体打包标准(分) / package standard per funded person-year set by the project's district or county, in fen; Money in yuan over the API; null when none is set or not given */
  localPackageStandard?: InputMaybe<Scalars['Money']['input']>;
  /** 项目名称 / project name */
  name: Scalars['String']['input'];
  /** 不公开招标的理由 / the reason recorded for not using open tender: 技术复杂 TECHNICALLY_COMPLEX, 性质特殊 SPECIAL_NATURE, OTHER; null when none is recorded */
  procurementException?: InputMaybe<ProcurementException>;
  /** 采购方式 / how the contractor was chosen: 公开招标 OPEN_TENDER, 邀请招标 INVITED_TENDER, 比选 COMPARISON, 竞争性谈判 NEGOTIATION, 竞争性磋商 CONSULTATION, 单一来源 SINGLE_SOURCE, 询价 REQUEST_FOR_QUOTES, OTHER; null when not given */
  procurementMethod?: InputMaybe<ProcurementMethod>;
  /** 专业岗位数 / professional social-work posts among the funded positions */
  professionalPosts?: InputMaybe<Scalars['Int']['input']>;
  /** 项目类别 / programme, for rules that govern one programme only: STATION 乡镇(街道)社会工作服务站项目 (湖南 禾计划), PARTY_MASS_CENTRE 社区党群服务中心社会工作服务项目; empty for an ordinary purchased service */
  programme?: InputMaybe<ProjectProgramme>;
  /** 购买方式 / purchase mode: 岗位购买 POST (per post) or 项目购买 PROJECT (per project) */
  purchaseMode: PurchaseMode;
  /** 购买主体 / purchasing government body, e.g. 福田区民政局 */
  purchaser: Scalars['String']['input'];
  /** 购买主体行政级别 / administrative level of the purchaser (购买主体): PROVINCE, CITY, COUNTY (a district is county-level), TOWNSHIP or VILLAGE; null when not given */
  purchaserLevel?: InputMaybe<AdminLevel>;
  /** 购买主体类型 / kind of purchaser: 民政部门 CIVIL_AFFAIRS, 其他党政机关 PARTY_GOVERNMENT, 群团组织 MASS_ORGANIZATION, 街道办事处 STREET_OFFICE, OTHER; null when not given */
  purchaserType?: InputMaybe<PurchaserType>;
  /** 关联所在地区的编号 / id of the related region */
  regionID: Scalars['ID']['input'];
  /** 服务层级 / administrative level at which the service is delivered; TOWNSHIP (乡镇(街道)) and VILLAGE (村(社区)) are 基层 (grassroots); null when not given */
  serviceLevel?: InputMaybe<AdminLevel>;
  /** 项目设计已明确的内容 / what the project design states (需求调查、岗位数量、服务标准、服务评价标准 …), matched exactly against each region's list; null when not given, [] when none */
  specification?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 服务开始日期 / first day of service */
  startsOn: Scalars['Date']['input'];
  /** 接受督导的社工人数 / workers receiving professional supervision */
  supervisedWorkers?: InputMaybe<Scalars['Int']['input']>;
  /** 关联项目社工的编号列表 / ids of the related worker */
  workerIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** 新建 地区 的字段 / The fields of a new Region. */
export type CreateRegionInput = {
  /** 行政区划代码 / six-digit GB/T 2260 administrative division code, e.g. 440300 */
  adminCode: Scalars['String']['input'];
  /** 地区代码 / region code (contract): shenzhen, hunan, sichuan, yunnan, zhuzhou */
  code: Scalars['String']['input'];
  /** 行政级别 / administrative level: 省 province or 市 city */
  level: RegionLevel;
  /** 英文名称 / English name, e.g. Shenzhen */
  nameEn: Scalars['String']['input'];
  /** 中文名称 / Chinese name, e.g. 深圳市 */
  nameZh: Scalars['String']['input'];
  /** 关联上级地区的编号 / id of the related parent */
  parentID?: InputMaybe<Scalars['ID']['input']>;
};

/** 新建 社会工作者 的字段 / The fields of a new SocialWorker. */
export type CreateSocialWorkerInput = {
  /** 出生日期 / date of birth (personal data) */
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  /** 职业资格等级 / certificate: 无, 助理社会工作师 (assistant), 社会工作师 (intermediate), 高级社会工作师 (senior) */
  certificateLevel?: InputMaybe<CertificateLevel>;
  /** 证书编号 / certificate number (personal data) */
  certificateNumber?: InputMaybe<Scalars['String']['input']>;
  /** 最高学历 / highest education: 无, 小学, 初中, 高中/中专, 大专, 本科, 硕士, 博士 */
  education?: InputMaybe<EducationLevel>;
  /** 承接主体聘用 / employed by the contractor of the project or station (承接主体聘用的工作人员); null when not given */
  employedByContractor?: InputMaybe<Scalars['Boolean']['input']>;
  /** 招录(入职)日期 / day the worker was hired; null when not given */
  hiredOn?: InputMaybe<Scalars['Date']['input']>;
  /** 已签订劳动合同 / has a labour contract with the employer (劳动合同); null when not given */
  laborContract?: InputMaybe<Scalars['Boolean']['input']>;
  /** 本地户籍 / holds local household registration (户口) (personal data) */
  localHukou?: InputMaybe<Scalars['Boolean']['input']>;
  /** 所学专业 / field of study, e.g. 社会工作 */
  major?: InputMaybe<Scalars['String']['input']>;
  /** 姓名 / full name (personal data) */
  name: Scalars['String']['input'];
  /** 关联用人单位的编号 / id of the related organization */
  organizationID?: InputMaybe<Scalars['ID']['input']>;
  /** 按月发放薪酬 / paid monthly (按月发放薪酬); null when not given */
  paidMonthly?: InputMaybe<Scalars['Boolean']['input']>;
  /** 中共党员 / member of the Communist Party of China */
  partyMember?: InputMaybe<Scalars['Boolean']['input']>;
  /** 手机号码 / mainland mobile number, 11 digits (personal data) */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** 已在从业人员备案平台备案 / filed on the practitioners' filing platform; null when not given */
  platformFiled?: InputMaybe<Scalars['Boolean']['input']>;
  /** 关联参与项目的编号列表 / ids of the related project */
  projectIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 经平台公开招聘并从备案人员中招录 / recruited through a vacancy published on the platform, from filed practitioners; null when not given */
  recruitedViaPlatform?: InputMaybe<Scalars['Boolean']['input']>;
  /** 关联工作地区的编号 / id of the related region */
  regionID: Scalars['ID']['input'];
  /** 已办理的社会保险 / social insurances the employer has enrolled the worker in (五险: PENSION 养老, MEDICAL 医疗, UNEMPLOYMENT 失业, WORK_INJURY 工伤, MATERNITY 生育); null when not given, [] when none */
  socialInsurance?: InputMaybe<Array<SocialInsurance>>;
  /** 关联派驻服务站的编号列表 / ids of the related station */
  stationIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 示例数据 / true for generated demo data, not a real person */
  synthetic?: InputMaybe<Scalars['Boolean']['input']>;
  /** 上岗前经过培训 / trained before starting service (先培训后上岗); null when not given */
  trainedBeforeService?: InputMaybe<Scalars['Boolean']['input']>;
};

/** 新建 乡镇(街道)社会工作服务站 的字段 / The fields of a new Station. */
export type CreateStationInput = {
  /** 协议约定的驻站社工人数 / resident social workers the service agreement provides for; null when not given */
  agreedHeadcount?: InputMaybe<Scalars['Int']['input']>;
  /** 县(市、区) / county, county-level city or district */
  county: Scalars['String']['input'];
  /** 建站日期 / date the station opened */
  establishedOn?: InputMaybe<Scalars['Date']['input']>;
  /** 场地设施 / facilities, e.g. 办公室, 个案工作室, 小组活动室 */
  facilities?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 服务站名称 / station name */
  name: Scalars['String']['input'];
  /** 关联运营机构的编号 / id of the related operator */
  operatorID?: InputMaybe<Scalars['ID']['input']>;
  /** 关联所在地区的编号 / id of the related region */
  regionID: Scalars['ID']['input'];
  /** 标识牌文字 / text on the station sign */
  signText?: InputMaybe<Scalars['String']['input']>;
  /** 制度与档案 / management systems and records in place (人员管理制度、服务对象数据库 …), matched exactly against each region's list; null when not given, [] when none */
  systems?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 乡镇(街道) / township or street */
  township: Scalars['String']['input'];
  /** 关联驻站社工的编号列表 / ids of the related worker */
  workerIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** 新建 培训记录 的字段 / The fields of a new TrainingRecord. */
export type CreateTrainingRecordInput = {
  /** 培训日期 / date the training ended */
  date: Scalars['Date']['input'];
  /** 时长 / amount of training, in unit */
  hours: Scalars['Int']['input'];
  /** 培训类型 / kind: 岗前培训 induction, 继续教育 continuing education, 督导 supervision, 其他 other */
  kind: TrainingKind;
  /** 培训机构 / provider */
  provider?: InputMaybe<Scalars['String']['input']>;
  /** 培训名称 / title */
  title?: InputMaybe<Scalars['String']['input']>;
  /** 单位 / unit: 学时 CLASS_HOUR (class period) or 小时 HOUR (clock hour) */
  unit: TrainingUnit;
  /** 关联社会工作者的编号 / id of the related worker */
  workerID: Scalars['ID']['input'];
};

/** 最高学历 / highest education: 无, 小学, 初中, 高中/中专, 大专, 本科, 硕士, 博士 */
export type EducationLevel =
  /** 大专 / associate degree (junior college) */
  | 'ASSOCIATE'
  /** 本科 / bachelor's degree */
  | 'BACHELOR'
  /** 博士 / doctorate */
  | 'DOCTORATE'
  /** 初中 / junior high school */
  | 'JUNIOR_HIGH'
  /** 硕士 / master's degree */
  | 'MASTER'
  /** 无 / none */
  | 'NONE'
  /** 小学 / primary school */
  | 'PRIMARY'
  /** 高中/中专 / senior high or secondary vocational school */
  | 'SENIOR_HIGH';

/** 评估类型 / kind: 专业评估, 绩效评价, 中期评估, 末期评估, 自评 */
export type EvaluationKind =
  /** 末期评估 / final evaluation */
  | 'FINAL'
  /** 中期评估 / mid-term evaluation */
  | 'MID_TERM'
  /** 绩效评价 / performance evaluation */
  | 'PERFORMANCE'
  /** 专业评估 / professional evaluation */
  | 'PROFESSIONAL'
  /** 自评 / self-evaluation */
  | 'SELF';

/** 评估等级 / rating: 优秀, 良好, 合格, 不合格 */
export type EvaluationRating =
  /** 优秀 / excellent */
  | 'EXCELLENT'
  /** 良好 / good */
  | 'GOOD'
  /** 合格 / qualified */
  | 'QUALIFIED'
  /** 不合格 / unqualified */
  | 'UNQUALIFIED';

/** 项目评估 / One evaluation of a project as the rules see it. */
export type EvaluationSpecInput = {
  /** 评估日期；缺省表示未知，无法判定是否在服务周期内 / date of the evaluation; omitted when unknown, and it cannot then be placed within the service cycle */
  evaluatedOn?: InputMaybe<Scalars['Date']['input']>;
  /** 评估类型：PROFESSIONAL 专业评估，PERFORMANCE 绩效（履约）评价，MID_TERM 中期，FINAL 末期（验收），SELF 自评 / kind of evaluation */
  kind: EvaluationKind;
  /** 评估等级；缺省表示未评等级 / rating; omitted when none was given */
  rating?: InputMaybe<EvaluationRating>;
};

/** 备案 / One document filed with a higher authority (备案). */
export type FilingInput = {
  /** 备案文件名称，按文件用语填写，如 政府购买服务协议、年度实施计划，与各地清单逐项精确比对 / the filed document, named as the documents name it (e.g. 政府购买服务协议, 年度实施计划) and matched exactly against each region's list */
  document: Scalars['String']['input'];
  /** 备案日期；缺省表示未提供 / day it was filed; omitted means not given */
  filedOn?: InputMaybe<Scalars['Date']['input']>;
  /** 备案机关的行政级别；缺省表示未提供 / level of the authority it was filed with; omitted means not given */
  filedWith?: InputMaybe<AdminLevel>;
};

/** 单条结论的状态 / Outcome of one rule applied to one subject. */
export type FindingStatus =
  /** 不符合 / the subject breaks the rule */
  | 'FAIL'
  /** 信息不足 / the input lacks data the rule needs */
  | 'INSUFFICIENT_INPUT'
  /** 不适用 / the rule does not apply to this subject */
  | 'NOT_APPLICABLE'
  /** 未生效 / the rule would apply but is outside its validity window on the as-of date; it was not applied */
  | 'NOT_IN_FORCE'
  /** 符合 / the subject meets the rule */
  | 'PASS';

/** 政府行为记录 / One plan, report or inspection of a government on record. */
export type GovernmentActInput = {
  /** 另一方政府的级别：计划报备、报告报送的上级，或开展督查的上级；缺省表示未提供 / level of the other government involved: the one a plan was filed with or a report submitted to, or the one that held an inspection; omitted means not given */
  authority?: InputMaybe<AdminLevel>;
  /** 类型 / kind */
  kind: GovernmentActKind;
  /** 备案、提交、督查或公开日期；缺省表示未提供 / day it was filed, submitted, held or published; omitted means not given */
  on?: InputMaybe<Scalars['Date']['input']>;
  /** 计划包含的部分（如 项目背景、项目目标）或公开的事项（如 年检结论、年度工作报告），与各地清单逐项精确比对；缺省表示未提供，空列表表示一项也没有 / parts a plan contains (年度实施计划的内容), e.g. 项目背景, 项目目标, or items a publication published, e.g. 年检结论, 年度工作报告; matched exactly against each region's list; omitted means not given, an empty list means none */
  sections?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** 政府行为类型 / Kind of government plan, report, inspection or publication on record. */
export type GovernmentActKind =
  /** 年度实施计划（报上级备案）/ annual implementation plan, filed with the level above */
  | 'ANNUAL_PLAN'
  /** 上级督查考核 / inspection and assessment by a higher level */
  | 'INSPECTION'
  /** 项目实施情况报告 / report on the implementation of projects */
  | 'PROGRESS_REPORT'
  /** 信息公开、公告（本级民政部门公开的信息，sections 列出所公开事项）/ information the department published or announced; sections lists the items published */
  | 'PUBLICATION'
  /** 绩效自评报告 / performance self-evaluation report */
  | 'SELF_EVALUATION';

/** 政府级别 / The level of a government subject: a province, a city (市、州) or a county (县、市、区). */
export type GovernmentLevel =
  /** 市(州)级政府 / a city or prefecture */
  | 'CITY'
  /** 县(市、区)级政府 / a county, county-level city or district */
  | 'COUNTY'
  /** 省级政府 / a province */
  | 'PROVINCE';

/**
 * 政府 / One level of government — a province, a city (市、州) or a county (县、市、区) with its
 * civil-affairs department — as the rules that bind governments rather than providers see it:
 * coverage and growth targets (全覆盖、机构数), pilot designations (试点县、试点乡镇), guidance
 * catalogues (指导目录) and reporting duties (年度计划、实施情况报告、督查). Counts and flags describe the
 * state on asOf; acts are dated. Omitted facts are "not given" (INSUFFICIENT_INPUT for the rules
 * that need them).
 */
export type GovernmentSpecInput = {
  /** 在案的计划、报告、上级督查与信息公开；缺省表示未提供，空列表表示没有任何记录 / plans, reports, inspections and publications on record; omitted means not given, an empty list means none */
  acts?: InputMaybe<Array<GovernmentActInput>>;
  /** 购买服务指导目录；缺省表示未提供 / the unit's guidance catalogue of purchasable services (购买服务指导目录); omitted means not given */
  catalog?: InputMaybe<GuidanceCatalogInput>;
  /** 已建成民办社会工作服务机构孵化基地；缺省表示未提供 / has an incubator for private social-work organisations (孵化基地); omitted means not given */
  hasIncubator?: InputMaybe<Scalars['Boolean']['input']>;
  /** 已成立本级社会工作行业组织（协会）；缺省表示未提供 / has its own social-work industry association (行业组织); omitted means not given */
  hasIndustryAssociation?: InputMaybe<Scalars['Boolean']['input']>;
  /** 本单位为试点单位（试点县）；缺省表示未提供 / the unit itself is a pilot (试点单位, e.g. a pilot county); omitted means not given */
  isPilot?: InputMaybe<Scalars['Boolean']['input']>;
  /** 行政级别（必填）/ level of government (required) */
  level: GovernmentLevel;
  /** 行政区划名称，如 株洲市、醴陵市，仅用于说明 / name of the administrative unit, e.g. 株洲市, 醴陵市; for messages only */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 其中已建立基层党组织的社会工作服务机构数（单独建、联合建、挂靠建均计）；缺省表示未提供 / of those, the organisations with a grassroots party organisation, however formed (已建立党组织); omitted means not given */
  organizationsWithPartyOrganization?: InputMaybe<Scalars['Int']['input']>;
  /** 本级整体打包标准（元/人/年）；缺省表示未设定或未提供 / the unit's own package standard per funded person-year (本级整体打包标准, yuan); omitted when none is set or not given */
  packageStandard?: InputMaybe<Scalars['Money']['input']>;
  /** 确定的试点县(市、区)数：省为自选的，市为其确定的；缺省表示未提供 / pilot counties the unit has designated (试点县数): for a province those it selected, for a city those it named; omitted means not given */
  pilotCounties?: InputMaybe<Scalars['Int']['input']>;
  /** 县确定的试点乡镇数；缺省表示未提供 / pilot townships a county has selected (试点乡镇数); omitted means not given */
  pilotTownships?: InputMaybe<Scalars['Int']['input']>;
  /** 登记注册的民办社会工作服务机构数；缺省表示未提供 / private social-work service organisations registered in the unit (民办社会工作服务机构数); omitted means not given */
  privateSocialWorkOrganizations?: InputMaybe<Scalars['Int']['input']>;
  /** 社会工作专业人才总数；缺省表示未提供 / professional social workers in the unit (社会工作专业人才总数); omitted means not given */
  socialWorkers?: InputMaybe<Scalars['Int']['input']>;
  /** 乡镇(街道)总数；缺省表示未提供 / townships and streets in the unit (乡镇(街道)总数); omitted means not given */
  townships?: InputMaybe<Scalars['Int']['input']>;
  /** 已建成社会工作服务站的乡镇(街道)数；缺省表示未提供 / townships and streets with a social-work station (已建成社工站); omitted means not given */
  townshipsWithStation?: InputMaybe<Scalars['Int']['input']>;
};

/** 购买服务指导目录 / A government's guidance catalogue of services it may purchase (购买服务指导目录). */
export type GuidanceCatalogInput = {
  /** 编制完成日期；缺省表示未提供（需要它的规则答 INSUFFICIENT_INPUT）/ day it was completed (编制完成); omitted means not given (a rule that needs it answers INSUFFICIENT_INPUT) */
  completedOn?: InputMaybe<Scalars['Date']['input']>;
  /** 目录中每一项服务的服务层级；缺省表示未提供，空列表表示目录无条目 / for each item of the catalogue, the level it serves (服务层级); omitted means not given, an empty list means a catalogue without items */
  itemLevels?: InputMaybe<Array<AdminLevel>>;
  /** 向社会公布日期；缺省表示未提供（需要它的规则答 INSUFFICIENT_INPUT）/ day it was published (向社会公布); omitted means not given (a rule that needs it answers INSUFFICIENT_INPUT) */
  publishedOn?: InputMaybe<Scalars['Date']['input']>;
};

/** 排序方向 / Direction of an ordering. */
export type OrderDirection =
  /** 升序 / ascending */
  | 'ASC'
  /** 降序 / descending */
  | 'DESC';

/** 社会组织类别 / Kind of social organisation (社会组织类别). */
export type OrganizationCategory =
  /** 公益慈善类 / public-interest charity */
  | 'CHARITY'
  /** 城乡社区服务类 / urban or rural community service */
  | 'COMMUNITY_SERVICE'
  /** 其他 / other */
  | 'OTHER'
  /** 科技类 / science and technology */
  | 'SCIENCE'
  /** 行业协会商会类 / trade association or chamber of commerce */
  | 'TRADE_ASSOCIATION';

/** 社会组织评估等级 / assessed grade 3A, 4A or 5A; null when not graded */
export type OrganizationGrade =
  /** 3A 级 / grade 3A */
  | 'GRADE_3A'
  /** 4A 级 / grade 4A */
  | 'GRADE_4A'
  /** 5A 级 / grade 5A */
  | 'GRADE_5A';

/** 社会工作服务机构 的排序 / Ordering of Organization. */
export type OrganizationOrder = {
  /** 排序方向 / the direction to order by */
  direction?: OrderDirection;
  /** 排序字段 / the field to order by */
  field: OrganizationOrderField;
};

/** 社会工作服务机构 的排序字段 / Fields Organization can be ordered by. */
export type OrganizationOrderField =
  /** 按创建时间排序 / order by created_at */
  | 'CREATED_AT'
  /** 按专职工作人员数排序 / order by full_time_staff */
  | 'FULL_TIME_STAFF'
  /** 按机构名称排序 / order by name */
  | 'NAME'
  /** 按统一社会信用代码排序 / order by unified_social_credit_code */
  | 'UNIFIED_SOCIAL_CREDIT_CODE';

/** 社会工作服务机构 / A social-work service organisation. */
export type OrganizationSpecInput = {
  /** 最近一次年检结论；缺省表示未提供 / conclusion of its latest annual inspection (年检结论); omitted means not given */
  annualInspection?: InputMaybe<AnnualInspectionResult>;
  /** 社会组织类别；缺省表示未提供 / kind of social organisation (社会组织类别); omitted means not given */
  category?: InputMaybe<OrganizationCategory>;
  /** 已公开的信息，按文件中的名称逐项填写，如 薪酬管理制度、年度财务报告，与各地规定的清单逐项精确比对；缺省表示未提供，信息公开类规则答 INSUFFICIENT_INPUT；空列表表示未公开任何信息 / items the organisation has publicly disclosed, named as the documents name them (e.g. 薪酬管理制度, 年度财务报告) and matched exactly against each region's list; omitted means not given, and disclosure rules answer INSUFFICIENT_INPUT; an empty list means nothing disclosed */
  disclosures?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 专职工作人员数 / full-time staff */
  fullTimeStaff: Scalars['Int']['input'];
  /** 已设立理事会；缺省表示未提供 / has a board of directors (理事会); omitted means not given */
  hasBoard?: InputMaybe<Scalars['Boolean']['input']>;
  /** 已建立党组织 / has a party organisation */
  hasPartyOrganization?: InputMaybe<Scalars['Boolean']['input']>;
  /** 已设立监事会；缺省表示未提供 / has a supervisory board (监事会); omitted means not given */
  hasSupervisoryBoard?: InputMaybe<Scalars['Boolean']['input']>;
  /** 在城乡社区内活动；缺省表示未提供 / works inside urban or rural communities (在社区内活动); omitted means not given */
  operatesWithinCommunity?: InputMaybe<Scalars['Boolean']['input']>;
  /** 正式党员人数 / full party members among head, full-time and long-term part-time staff */
  partyMembers?: InputMaybe<Scalars['Int']['input']>;
  /** 党组织组建方式；缺省表示未提供或没有党组织 / how its party organisation was formed (党组织组建方式); omitted when not given or when there is none */
  partyOrganizationMode?: InputMaybe<PartyOrganizationMode>;
  /** 持证或社会工作本科以上学历的专职人员数 / full-time staff holding a certificate or a social-work bachelor's degree or higher */
  qualifiedStaff?: InputMaybe<Scalars['Int']['input']>;
  /** 直接向民政部门登记（无业务主管单位）；缺省表示未提供 / registered directly with the civil-affairs authority, without a supervising unit (直接登记); omitted means not given */
  registeredDirectly?: InputMaybe<Scalars['Boolean']['input']>;
  /** 已具备的登记条件，如 内部治理结构、固定住所；缺省表示未提供，空列表表示一项也不具备 / registration conditions the organisation meets (登记条件), e.g. 内部治理结构, 固定住所; omitted means not given, an empty list means none */
  registrationConditions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 登记管理机关级别；缺省表示未提供（1.0 前的不兼容变更：原为自由文本）/ level of the civil-affairs authority it is registered with (登记管理机关级别); omitted means not given (pre-1.0 breaking change: was free text) */
  registrationLevel?: InputMaybe<RegistrationLevel>;
};

/** 社会工作服务机构 的筛选条件 / A filter on Organization; the fields combine with AND. */
export type OrganizationWhereInput = {
  /** 全部满足 / all of these filters match */
  and?: InputMaybe<Array<OrganizationWhereInput>>;
  /** 最近一次年检结论 等于 / annualInspection equals */
  annualInspection?: InputMaybe<AnnualInspectionResult>;
  /** 最近一次年检结论 在列表中 / annualInspection in the list */
  annualInspectionIn?: InputMaybe<Array<AnnualInspectionResult>>;
  /** 最近一次年检结论 为空 / annualInspection is null */
  annualInspectionIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 最近一次年检结论 不等于 / annualInspection not equal to */
  annualInspectionNEQ?: InputMaybe<AnnualInspectionResult>;
  /** 最近一次年检结论 不在列表中 / annualInspection not in the list */
  annualInspectionNotIn?: InputMaybe<Array<AnnualInspectionResult>>;
  /** 最近一次年检结论 非空 / annualInspection is not null */
  annualInspectionNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 社会组织类别 等于 / category equals */
  category?: InputMaybe<OrganizationCategory>;
  /** 社会组织类别 在列表中 / category in the list */
  categoryIn?: InputMaybe<Array<OrganizationCategory>>;
  /** 社会组织类别 为空 / category is null */
  categoryIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 社会组织类别 不等于 / category not equal to */
  categoryNEQ?: InputMaybe<OrganizationCategory>;
  /** 社会组织类别 不在列表中 / category not in the list */
  categoryNotIn?: InputMaybe<Array<OrganizationCategory>>;
  /** 社会组织类别 非空 / category is not null */
  categoryNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 创建时间 等于 / createdAt equals */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 大于 / createdAt greater than */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 大于等于 / createdAt greater than or equal to */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 在列表中 / createdAt in the list */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 创建时间 小于 / createdAt less than */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 小于等于 / createdAt less than or equal to */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 不等于 / createdAt not equal to */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 不在列表中 / createdAt not in the list */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 专职工作人员数 等于 / fullTimeStaff equals */
  fullTimeStaff?: InputMaybe<Scalars['Int']['input']>;
  /** 专职工作人员数 大于 / fullTimeStaff greater than */
  fullTimeStaffGT?: InputMaybe<Scalars['Int']['input']>;
  /** 专职工作人员数 大于等于 / fullTimeStaff greater than or equal to */
  fullTimeStaffGTE?: InputMaybe<Scalars['Int']['input']>;
  /** 专职工作人员数 在列表中 / fullTimeStaff in the list */
  fullTimeStaffIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** 专职工作人员数 小于 / fullTimeStaff less than */
  fullTimeStaffLT?: InputMaybe<Scalars['Int']['input']>;
  /** 专职工作人员数 小于等于 / fullTimeStaff less than or equal to */
  fullTimeStaffLTE?: InputMaybe<Scalars['Int']['input']>;
  /** 专职工作人员数 不等于 / fullTimeStaff not equal to */
  fullTimeStaffNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** 专职工作人员数 不在列表中 / fullTimeStaff not in the list */
  fullTimeStaffNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** 社会组织评估等级 等于 / grade equals */
  grade?: InputMaybe<OrganizationGrade>;
  /** 社会组织评估等级 在列表中 / grade in the list */
  gradeIn?: InputMaybe<Array<OrganizationGrade>>;
  /** 社会组织评估等级 为空 / grade is null */
  gradeIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 社会组织评估等级 不等于 / grade not equal to */
  gradeNEQ?: InputMaybe<OrganizationGrade>;
  /** 社会组织评估等级 不在列表中 / grade not in the list */
  gradeNotIn?: InputMaybe<Array<OrganizationGrade>>;
  /** 社会组织评估等级 非空 / grade is not null */
  gradeNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 评估记录 存在 / has at least one related assessments */
  hasAssessments?: InputMaybe<Scalars['Boolean']['input']>;
  /** 评估记录 满足条件 / has a related assessments matching the filter */
  hasAssessmentsWith?: InputMaybe<Array<AssessmentWhereInput>>;
  /** 设有理事会 等于 / hasBoard equals */
  hasBoard?: InputMaybe<Scalars['Boolean']['input']>;
  /** 设有理事会 为空 / hasBoard is null */
  hasBoardIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 设有理事会 不等于 / hasBoard not equal to */
  hasBoardNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  /** 设有理事会 非空 / hasBoard is not null */
  hasBoardNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 是否建立党组织 等于 / hasPartyOrganization equals */
  hasPartyOrganization?: InputMaybe<Scalars['Boolean']['input']>;
  /** 是否建立党组织 不等于 / hasPartyOrganization not equal to */
  hasPartyOrganizationNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  /** 承接的项目 存在 / has at least one related projects */
  hasProjects?: InputMaybe<Scalars['Boolean']['input']>;
  /** 承接的项目 满足条件 / has a related projects matching the filter */
  hasProjectsWith?: InputMaybe<Array<ProjectWhereInput>>;
  /** 所在地区 存在 / has at least one related region */
  hasRegion?: InputMaybe<Scalars['Boolean']['input']>;
  /** 所在地区 满足条件 / has a related region matching the filter */
  hasRegionWith?: InputMaybe<Array<RegionWhereInput>>;
  /** 运营的服务站 存在 / has at least one related stations */
  hasStations?: InputMaybe<Scalars['Boolean']['input']>;
  /** 运营的服务站 满足条件 / has a related stations matching the filter */
  hasStationsWith?: InputMaybe<Array<StationWhereInput>>;
  /** 设有监事会 等于 / hasSupervisoryBoard equals */
  hasSupervisoryBoard?: InputMaybe<Scalars['Boolean']['input']>;
  /** 设有监事会 为空 / hasSupervisoryBoard is null */
  hasSupervisoryBoardIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 设有监事会 不等于 / hasSupervisoryBoard not equal to */
  hasSupervisoryBoardNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  /** 设有监事会 非空 / hasSupervisoryBoard is not null */
  hasSupervisoryBoardNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 聘用的社会工作者 存在 / has at least one related workers */
  hasWorkers?: InputMaybe<Scalars['Boolean']['input']>;
  /** 聘用的社会工作者 满足条件 / has a related workers matching the filter */
  hasWorkersWith?: InputMaybe<Array<SocialWorkerWhereInput>>;
  /** 编号 等于 / id equals */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 大于 / id greater than */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 大于等于 / id greater than or equal to */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 在列表中 / id in the list */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 编号 小于 / id less than */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 小于等于 / id less than or equal to */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 不等于 / id not equal to */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 不在列表中 / id not in the list */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 机构名称 等于 / name equals */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 机构名称 包含 / name contains */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** 机构名称 包含(不区分大小写) / name contains, case-insensitive */
  nameContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 机构名称 等于(不区分大小写) / name equals, case-insensitive */
  nameEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 机构名称 大于 / name greater than */
  nameGT?: InputMaybe<Scalars['String']['input']>;
  /** 机构名称 大于等于 / name greater than or equal to */
  nameGTE?: InputMaybe<Scalars['String']['input']>;
  /** 机构名称 开头是 / name starts with */
  nameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 机构名称 结尾是 / name ends with */
  nameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 机构名称 在列表中 / name in the list */
  nameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 机构名称 小于 / name less than */
  nameLT?: InputMaybe<Scalars['String']['input']>;
  /** 机构名称 小于等于 / name less than or equal to */
  nameLTE?: InputMaybe<Scalars['String']['input']>;
  /** 机构名称 不等于 / name not equal to */
  nameNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 机构名称 不在列表中 / name not in the list */
  nameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 不满足 / this filter does not match */
  not?: InputMaybe<OrganizationWhereInput>;
  /** 在城乡社区内活动 等于 / operatesWithinCommunity equals */
  operatesWithinCommunity?: InputMaybe<Scalars['Boolean']['input']>;
  /** 在城乡社区内活动 为空 / operatesWithinCommunity is null */
  operatesWithinCommunityIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 在城乡社区内活动 不等于 / operatesWithinCommunity not equal to */
  operatesWithinCommunityNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  /** 在城乡社区内活动 非空 / operatesWithinCommunity is not null */
  operatesWithinCommunityNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 任一满足 / any of these filters matches */
  or?: InputMaybe<Array<OrganizationWhereInput>>;
  /** 正式党员数 等于 / partyMembers equals */
  partyMembers?: InputMaybe<Scalars['Int']['input']>;
  /** 正式党员数 大于 / partyMembers greater than */
  partyMembersGT?: InputMaybe<Scalars['Int']['input']>;
  /** 正式党员数 大于等于 / partyMembers greater than or equal to */
  partyMembersGTE?: InputMaybe<Scalars['Int']['input']>;
  /** 正式党员数 在列表中 / partyMembers in the list */
  partyMembersIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** 正式党员数 小于 / partyMembers less than */
  partyMembersLT?: InputMaybe<Scalars['Int']['input']>;
  /** 正式党员数 小于等于 / partyMembers less than or equal to */
  partyMembersLTE?: InputMaybe<Scalars['Int']['input']>;
  /** 正式党员数 不等于 / partyMembers not equal to */
  partyMembersNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** 正式党员数 不在列表中 / partyMembers not in the list */
  partyMembersNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** 党组织组建方式 等于 / partyOrganizationMode equals */
  partyOrganizationMode?: InputMaybe<PartyOrganizationMode>;
  /** 党组织组建方式 在列表中 / partyOrganizationMode in the list */
  partyOrganizationModeIn?: InputMaybe<Array<PartyOrganizationMode>>;
  /** 党组织组建方式 为空 / partyOrganizationMode is null */
  partyOrganizationModeIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 党组织组建方式 不等于 / partyOrganizationMode not equal to */
  partyOrganizationModeNEQ?: InputMaybe<PartyOrganizationMode>;
  /** 党组织组建方式 不在列表中 / partyOrganizationMode not in the list */
  partyOrganizationModeNotIn?: InputMaybe<Array<PartyOrganizationMode>>;
  /** 党组织组建方式 非空 / partyOrganizationMode is not null */
  partyOrganizationModeNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 持证或社工专业本科以上人员数 等于 / qualifiedStaff equals */
  qualifiedStaff?: InputMaybe<Scalars['Int']['input']>;
  /** 持证或社工专业本科以上人员数 大于 / qualifiedStaff greater than */
  qualifiedStaffGT?: InputMaybe<Scalars['Int']['input']>;
  /** 持证或社工专业本科以上人员数 大于等于 / qualifiedStaff greater than or equal to */
  qualifiedStaffGTE?: InputMaybe<Scalars['Int']['input']>;
  /** 持证或社工专业本科以上人员数 在列表中 / qualifiedStaff in the list */
  qualifiedStaffIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** 持证或社工专业本科以上人员数 小于 / qualifiedStaff less than */
  qualifiedStaffLT?: InputMaybe<Scalars['Int']['input']>;
  /** 持证或社工专业本科以上人员数 小于等于 / qualifiedStaff less than or equal to */
  qualifiedStaffLTE?: InputMaybe<Scalars['Int']['input']>;
  /** 持证或社工专业本科以上人员数 不等于 / qualifiedStaff not equal to */
  qualifiedStaffNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** 持证或社工专业本科以上人员数 不在列表中 / qualifiedStaff not in the list */
  qualifiedStaffNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** 直接登记 等于 / registeredDirectly equals */
  registeredDirectly?: InputMaybe<Scalars['Boolean']['input']>;
  /** 直接登记 为空 / registeredDirectly is null */
  registeredDirectlyIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 直接登记 不等于 / registeredDirectly not equal to */
  registeredDirectlyNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  /** 直接登记 非空 / registeredDirectly is not null */
  registeredDirectlyNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 登记管理机关级别 等于 / registrationLevel equals */
  registrationLevel?: InputMaybe<RegistrationLevel>;
  /** 登记管理机关级别 在列表中 / registrationLevel in the list */
  registrationLevelIn?: InputMaybe<Array<RegistrationLevel>>;
  /** 登记管理机关级别 不等于 / registrationLevel not equal to */
  registrationLevelNEQ?: InputMaybe<RegistrationLevel>;
  /** 登记管理机关级别 不在列表中 / registrationLevel not in the list */
  registrationLevelNotIn?: InputMaybe<Array<RegistrationLevel>>;
  /** 示例数据 等于 / synthetic equals */
  synthetic?: InputMaybe<Scalars['Boolean']['input']>;
  /** 示例数据 不等于 / synthetic not equal to */
  syntheticNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  /** 统一社会信用代码 等于 / unifiedSocialCreditCode equals */
  unifiedSocialCreditCode?: InputMaybe<Scalars['String']['input']>;
  /** 统一社会信用代码 包含 / unifiedSocialCreditCode contains */
  unifiedSocialCreditCodeContains?: InputMaybe<Scalars['String']['input']>;
  /** 统一社会信用代码 包含(不区分大小写) / unifiedSocialCreditCode contains, case-insensitive */
  unifiedSocialCreditCodeContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 统一社会信用代码 等于(不区分大小写) / unifiedSocialCreditCode equals, case-insensitive */
  unifiedSocialCreditCodeEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 统一社会信用代码 大于 / unifiedSocialCreditCode greater than */
  unifiedSocialCreditCodeGT?: InputMaybe<Scalars['String']['input']>;
  /** 统一社会信用代码 大于等于 / unifiedSocialCreditCode greater than or equal to */
  unifiedSocialCreditCodeGTE?: InputMaybe<Scalars['String']['input']>;
  /** 统一社会信用代码 开头是 / unifiedSocialCreditCode starts with */
  unifiedSocialCreditCodeHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 统一社会信用代码 结尾是 / unifiedSocialCreditCode ends with */
  unifiedSocialCreditCodeHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 统一社会信用代码 在列表中 / unifiedSocialCreditCode in the list */
  unifiedSocialCreditCodeIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 统一社会信用代码 小于 / unifiedSocialCreditCode less than */
  unifiedSocialCreditCodeLT?: InputMaybe<Scalars['String']['input']>;
  /** 统一社会信用代码 小于等于 / unifiedSocialCreditCode less than or equal to */
  unifiedSocialCreditCodeLTE?: InputMaybe<Scalars['String']['input']>;
  /** 统一社会信用代码 不等于 / unifiedSocialCreditCode not equal to */
  unifiedSocialCreditCodeNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 统一社会信用代码 不在列表中 / unifiedSocialCreditCode not in the list */
  unifiedSocialCreditCodeNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 更新时间 等于 / updatedAt equals */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 大于 / updatedAt greater than */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 大于等于 / updatedAt greater than or equal to */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 在列表中 / updatedAt in the list */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 更新时间 小于 / updatedAt less than */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 小于等于 / updatedAt less than or equal to */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 不等于 / updatedAt not equal to */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 不在列表中 / updatedAt not in the list */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
};

/**
 * 参数覆盖 / One override of a reform: a parameter's value replaced over a window. `parameter` is
 * a parameter id as policyParameters lists it (SZ.budget.package_min); `value` is in the
 * parameter's kind: MONEY as yuan ("170000.00", at most two decimals, not negative), RATIO as a
 * fraction, decimal or percentage ("7/10", "0.7", "70%", within 0..1), INTEGER as a whole number
 * (not negative), DATE as YYYY-MM-DD, BOOL as true or false, TEXT as the items joined with 、.
 * The override replaces the parameter's dated values over [from, to], both inclusive, within the
 * parameter's validity; from and to default to its start and end. It changes no rule's validity:
 * a rule not in force on asOf stays NOT_IN_FORCE. Unknown parameter → `reform[i].parameter`; a
 * value not of the kind, out of range or one the rule's check cannot take → `reform[i].value`; to
 * before from, or a window ending before the parameter's validity starts → `reform[i].to`; a
 * window starting after it ends, or overlapping another override of the parameter →
 * `reform[i].from`.
 */
export type ParameterOverrideInput = {
  /** 起始日（含），缺省为参数有效期起点 / first day (inclusive); default the start of the parameter's validity */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** 参数编号 / parameter id, e.g. SZ.budget.package_min */
  parameter: Scalars['String']['input'];
  /** 终止日（含），缺省为参数有效期终点 / last day (inclusive); default the end of the parameter's validity */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** 新取值，按参数类型书写 / the value, in the parameter's kind */
  value: Scalars['String']['input'];
};

/** 党组织组建方式 / How an organisation's party organisation was formed (党组织组建方式). */
export type PartyOrganizationMode =
  /** 挂靠建 / attached to another unit's party organisation */
  | 'AFFILIATED'
  /** 联合建 / formed jointly with other organisations */
  | 'JOINT'
  /** 其他方式 / other */
  | 'OTHER'
  /** 单独建 / formed on its own */
  | 'SEPARATE';

/** 项目评估 的排序 / Ordering of PerformanceEvaluation. */
export type PerformanceEvaluationOrder = {
  /** 排序方向 / the direction to order by */
  direction?: OrderDirection;
  /** 排序字段 / the field to order by */
  field: PerformanceEvaluationOrderField;
};

/** 项目评估 的排序字段 / Fields PerformanceEvaluation can be ordered by. */
export type PerformanceEvaluationOrderField =
  /** 按创建时间排序 / order by created_at */
  | 'CREATED_AT'
  /** 按评估日期排序 / order by evaluated_on */
  | 'EVALUATED_ON';

/** 项目评估 的筛选条件 / A filter on PerformanceEvaluation; the fields combine with AND. */
export type PerformanceEvaluationWhereInput = {
  /** 全部满足 / all of these filters match */
  and?: InputMaybe<Array<PerformanceEvaluationWhereInput>>;
  /** 创建时间 等于 / createdAt equals */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 大于 / createdAt greater than */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 大于等于 / createdAt greater than or equal to */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 在列表中 / createdAt in the list */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 创建时间 小于 / createdAt less than */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 小于等于 / createdAt less than or equal to */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 不等于 / createdAt not equal to */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 不在列表中 / createdAt not in the list */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 评估日期 等于 / evaluatedOn equals */
  evaluatedOn?: InputMaybe<Scalars['Date']['input']>;
  /** 评估日期 大于 / evaluatedOn greater than */
  evaluatedOnGT?: InputMaybe<Scalars['Date']['input']>;
  /** 评估日期 大于等于 / evaluatedOn greater than or equal to */
  evaluatedOnGTE?: InputMaybe<Scalars['Date']['input']>;
  /** 评估日期 在列表中 / evaluatedOn in the list */
  evaluatedOnIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 评估日期 小于 / evaluatedOn less than */
  evaluatedOnLT?: InputMaybe<Scalars['Date']['input']>;
  /** 评估日期 小于等于 / evaluatedOn less than or equal to */
  evaluatedOnLTE?: InputMaybe<Scalars['Date']['input']>;
  /** 评估日期 不等于 / evaluatedOn not equal to */
  evaluatedOnNEQ?: InputMaybe<Scalars['Date']['input']>;
  /** 评估日期 不在列表中 / evaluatedOn not in the list */
  evaluatedOnNotIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 评估机构 等于 / evaluator equals */
  evaluator?: InputMaybe<Scalars['String']['input']>;
  /** 评估机构 包含 / evaluator contains */
  evaluatorContains?: InputMaybe<Scalars['String']['input']>;
  /** 评估机构 包含(不区分大小写) / evaluator contains, case-insensitive */
  evaluatorContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 评估机构 等于(不区分大小写) / evaluator equals, case-insensitive */
  evaluatorEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 评估机构 大于 / evaluator greater than */
  evaluatorGT?: InputMaybe<Scalars['String']['input']>;
  /** 评估机构 大于等于 / evaluator greater than or equal to */
  evaluatorGTE?: InputMaybe<Scalars['String']['input']>;
  /** 评估机构 开头是 / evaluator starts with */
  evaluatorHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 评估机构 结尾是 / evaluator ends with */
  evaluatorHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 评估机构 在列表中 / evaluator in the list */
  evaluatorIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 评估机构 小于 / evaluator less than */
  evaluatorLT?: InputMaybe<Scalars['String']['input']>;
  /** 评估机构 小于等于 / evaluator less than or equal to */
  evaluatorLTE?: InputMaybe<Scalars['String']['input']>;
  /** 评估机构 不等于 / evaluator not equal to */
  evaluatorNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 评估机构 不在列表中 / evaluator not in the list */
  evaluatorNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 所属项目 存在 / has at least one related project */
  hasProject?: InputMaybe<Scalars['Boolean']['input']>;
  /** 所属项目 满足条件 / has a related project matching the filter */
  hasProjectWith?: InputMaybe<Array<ProjectWhereInput>>;
  /** 编号 等于 / id equals */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 大于 / id greater than */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 大于等于 / id greater than or equal to */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 在列表中 / id in the list */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 编号 小于 / id less than */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 小于等于 / id less than or equal to */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 不等于 / id not equal to */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 不在列表中 / id not in the list */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 评估类型 等于 / kind equals */
  kind?: InputMaybe<EvaluationKind>;
  /** 评估类型 在列表中 / kind in the list */
  kindIn?: InputMaybe<Array<EvaluationKind>>;
  /** 评估类型 不等于 / kind not equal to */
  kindNEQ?: InputMaybe<EvaluationKind>;
  /** 评估类型 不在列表中 / kind not in the list */
  kindNotIn?: InputMaybe<Array<EvaluationKind>>;
  /** 不满足 / this filter does not match */
  not?: InputMaybe<PerformanceEvaluationWhereInput>;
  /** 备注 等于 / note equals */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 备注 包含 / note contains */
  noteContains?: InputMaybe<Scalars['String']['input']>;
  /** 备注 包含(不区分大小写) / note contains, case-insensitive */
  noteContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 备注 等于(不区分大小写) / note equals, case-insensitive */
  noteEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 备注 大于 / note greater than */
  noteGT?: InputMaybe<Scalars['String']['input']>;
  /** 备注 大于等于 / note greater than or equal to */
  noteGTE?: InputMaybe<Scalars['String']['input']>;
  /** 备注 开头是 / note starts with */
  noteHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 备注 结尾是 / note ends with */
  noteHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 备注 在列表中 / note in the list */
  noteIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 备注 为空 / note is null */
  noteIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 备注 小于 / note less than */
  noteLT?: InputMaybe<Scalars['String']['input']>;
  /** 备注 小于等于 / note less than or equal to */
  noteLTE?: InputMaybe<Scalars['String']['input']>;
  /** 备注 不等于 / note not equal to */
  noteNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 备注 不在列表中 / note not in the list */
  noteNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 备注 非空 / note is not null */
  noteNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 任一满足 / any of these filters matches */
  or?: InputMaybe<Array<PerformanceEvaluationWhereInput>>;
  /** 评估等级 等于 / rating equals */
  rating?: InputMaybe<EvaluationRating>;
  /** 评估等级 在列表中 / rating in the list */
  ratingIn?: InputMaybe<Array<EvaluationRating>>;
  /** 评估等级 为空 / rating is null */
  ratingIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 评估等级 不等于 / rating not equal to */
  ratingNEQ?: InputMaybe<EvaluationRating>;
  /** 评估等级 不在列表中 / rating not in the list */
  ratingNotIn?: InputMaybe<Array<EvaluationRating>>;
  /** 评估等级 非空 / rating is not null */
  ratingNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 评估得分 等于 / score equals */
  score?: InputMaybe<Scalars['Int']['input']>;
  /** 评估得分 大于 / score greater than */
  scoreGT?: InputMaybe<Scalars['Int']['input']>;
  /** 评估得分 大于等于 / score greater than or equal to */
  scoreGTE?: InputMaybe<Scalars['Int']['input']>;
  /** 评估得分 在列表中 / score in the list */
  scoreIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** 评估得分 为空 / score is null */
  scoreIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 评估得分 小于 / score less than */
  scoreLT?: InputMaybe<Scalars['Int']['input']>;
  /** 评估得分 小于等于 / score less than or equal to */
  scoreLTE?: InputMaybe<Scalars['Int']['input']>;
  /** 评估得分 不等于 / score not equal to */
  scoreNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** 评估得分 不在列表中 / score not in the list */
  scoreNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** 评估得分 非空 / score is not null */
  scoreNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 更新时间 等于 / updatedAt equals */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 大于 / updatedAt greater than */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 大于等于 / updatedAt greater than or equal to */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 在列表中 / updatedAt in the list */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 更新时间 小于 / updatedAt less than */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 小于等于 / updatedAt less than or equal to */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 不等于 / updatedAt not equal to */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 不在列表中 / updatedAt not in the list */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
};

/** 试点地区 的排序 / Ordering of PilotSite. */
export type PilotSiteOrder = {
  /** 排序方向 / the direction to order by */
  direction?: OrderDirection;
  /** 排序字段 / the field to order by */
  field: PilotSiteOrderField;
};

/** 试点地区 的排序字段 / Fields PilotSite can be ordered by. */
export type PilotSiteOrderField =
  /** 按创建时间排序 / order by created_at */
  | 'CREATED_AT'
  /** 按中文名称排序 / order by name_zh */
  | 'NAME_ZH';

/** 试点地区 的筛选条件 / A filter on PilotSite; the fields combine with AND. */
export type PilotSiteWhereInput = {
  /** 行政级别 等于 / adminLevel equals */
  adminLevel?: InputMaybe<Scalars['String']['input']>;
  /** 行政级别 包含 / adminLevel contains */
  adminLevelContains?: InputMaybe<Scalars['String']['input']>;
  /** 行政级别 包含(不区分大小写) / adminLevel contains, case-insensitive */
  adminLevelContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 行政级别 等于(不区分大小写) / adminLevel equals, case-insensitive */
  adminLevelEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 行政级别 大于 / adminLevel greater than */
  adminLevelGT?: InputMaybe<Scalars['String']['input']>;
  /** 行政级别 大于等于 / adminLevel greater than or equal to */
  adminLevelGTE?: InputMaybe<Scalars['String']['input']>;
  /** 行政级别 开头是 / adminLevel starts with */
  adminLevelHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 行政级别 结尾是 / adminLevel ends with */
  adminLevelHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 行政级别 在列表中 / adminLevel in the list */
  adminLevelIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 行政级别 为空 / adminLevel is null */
  adminLevelIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 行政级别 小于 / adminLevel less than */
  adminLevelLT?: InputMaybe<Scalars['String']['input']>;
  /** 行政级别 小于等于 / adminLevel less than or equal to */
  adminLevelLTE?: InputMaybe<Scalars['String']['input']>;
  /** 行政级别 不等于 / adminLevel not equal to */
  adminLevelNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 行政级别 不在列表中 / adminLevel not in the list */
  adminLevelNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 行政级别 非空 / adminLevel is not null */
  adminLevelNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 全部满足 / all of these filters match */
  and?: InputMaybe<Array<PilotSiteWhereInput>>;
  /** 条款 等于 / citationClause equals */
  citationClause?: InputMaybe<Scalars['String']['input']>;
  /** 条款 包含 / citationClause contains */
  citationClauseContains?: InputMaybe<Scalars['String']['input']>;
  /** 条款 包含(不区分大小写) / citationClause contains, case-insensitive */
  citationClauseContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 条款 等于(不区分大小写) / citationClause equals, case-insensitive */
  citationClauseEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 条款 大于 / citationClause greater than */
  citationClauseGT?: InputMaybe<Scalars['String']['input']>;
  /** 条款 大于等于 / citationClause greater than or equal to */
  citationClauseGTE?: InputMaybe<Scalars['String']['input']>;
  /** 条款 开头是 / citationClause starts with */
  citationClauseHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 条款 结尾是 / citationClause ends with */
  citationClauseHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 条款 在列表中 / citationClause in the list */
  citationClauseIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 条款 为空 / citationClause is null */
  citationClauseIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 条款 小于 / citationClause less than */
  citationClauseLT?: InputMaybe<Scalars['String']['input']>;
  /** 条款 小于等于 / citationClause less than or equal to */
  citationClauseLTE?: InputMaybe<Scalars['String']['input']>;
  /** 条款 不等于 / citationClause not equal to */
  citationClauseNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 条款 不在列表中 / citationClause not in the list */
  citationClauseNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 条款 非空 / citationClause is not null */
  citationClauseNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 文件键 等于 / citationDocument equals */
  citationDocument?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 包含 / citationDocument contains */
  citationDocumentContains?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 包含(不区分大小写) / citationDocument contains, case-insensitive */
  citationDocumentContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 等于(不区分大小写) / citationDocument equals, case-insensitive */
  citationDocumentEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 大于 / citationDocument greater than */
  citationDocumentGT?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 大于等于 / citationDocument greater than or equal to */
  citationDocumentGTE?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 开头是 / citationDocument starts with */
  citationDocumentHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 结尾是 / citationDocument ends with */
  citationDocumentHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 在列表中 / citationDocument in the list */
  citationDocumentIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 文件键 为空 / citationDocument is null */
  citationDocumentIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 文件键 小于 / citationDocument less than */
  citationDocumentLT?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 小于等于 / citationDocument less than or equal to */
  citationDocumentLTE?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 不等于 / citationDocument not equal to */
  citationDocumentNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 不在列表中 / citationDocument not in the list */
  citationDocumentNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 文件键 非空 / citationDocument is not null */
  citationDocumentNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 原文 等于 / citationQuote equals */
  citationQuote?: InputMaybe<Scalars['String']['input']>;
  /** 原文 包含 / citationQuote contains */
  citationQuoteContains?: InputMaybe<Scalars['String']['input']>;
  /** 原文 包含(不区分大小写) / citationQuote contains, case-insensitive */
  citationQuoteContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 原文 等于(不区分大小写) / citationQuote equals, case-insensitive */
  citationQuoteEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 原文 大于 / citationQuote greater than */
  citationQuoteGT?: InputMaybe<Scalars['String']['input']>;
  /** 原文 大于等于 / citationQuote greater than or equal to */
  citationQuoteGTE?: InputMaybe<Scalars['String']['input']>;
  /** 原文 开头是 / citationQuote starts with */
  citationQuoteHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 原文 结尾是 / citationQuote ends with */
  citationQuoteHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 原文 在列表中 / citationQuote in the list */
  citationQuoteIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 原文 为空 / citationQuote is null */
  citationQuoteIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 原文 小于 / citationQuote less than */
  citationQuoteLT?: InputMaybe<Scalars['String']['input']>;
  /** 原文 小于等于 / citationQuote less than or equal to */
  citationQuoteLTE?: InputMaybe<Scalars['String']['input']>;
  /** 原文 不等于 / citationQuote not equal to */
  citationQuoteNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 原文 不在列表中 / citationQuote not in the list */
  citationQuoteNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 原文 非空 / citationQuote is not null */
  citationQuoteNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 试点编码 等于 / code equals */
  code?: InputMaybe<Scalars['String']['input']>;
  /** 试点编码 包含 / code contains */
  codeContains?: InputMaybe<Scalars['String']['input']>;
  /** 试点编码 包含(不区分大小写) / code contains, case-insensitive */
  codeContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 试点编码 等于(不区分大小写) / code equals, case-insensitive */
  codeEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 试点编码 大于 / code greater than */
  codeGT?: InputMaybe<Scalars['String']['input']>;
  /** 试点编码 大于等于 / code greater than or equal to */
  codeGTE?: InputMaybe<Scalars['String']['input']>;
  /** 试点编码 开头是 / code starts with */
  codeHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 试点编码 结尾是 / code ends with */
  codeHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 试点编码 在列表中 / code in the list */
  codeIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 试点编码 为空 / code is null */
  codeIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 试点编码 小于 / code less than */
  codeLT?: InputMaybe<Scalars['String']['input']>;
  /** 试点编码 小于等于 / code less than or equal to */
  codeLTE?: InputMaybe<Scalars['String']['input']>;
  /** 试点编码 不等于 / code not equal to */
  codeNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 试点编码 不在列表中 / code not in the list */
  codeNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 试点编码 非空 / code is not null */
  codeNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 创建时间 等于 / createdAt equals */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 大于 / createdAt greater than */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 大于等于 / createdAt greater than or equal to */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 在列表中 / createdAt in the list */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 创建时间 小于 / createdAt less than */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 小于等于 / createdAt less than or equal to */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 不等于 / createdAt not equal to */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 不在列表中 / createdAt not in the list */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 地区 存在 / has at least one related region */
  hasRegion?: InputMaybe<Scalars['Boolean']['input']>;
  /** 地区 满足条件 / has a related region matching the filter */
  hasRegionWith?: InputMaybe<Array<RegionWhereInput>>;
  /** 编号 等于 / id equals */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 大于 / id greater than */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 大于等于 / id greater than or equal to */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 在列表中 / id in the list */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 编号 小于 / id less than */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 小于等于 / id less than or equal to */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 不等于 / id not equal to */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 不在列表中 / id not in the list */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 试点类型 等于 / kind equals */
  kind?: InputMaybe<Scalars['String']['input']>;
  /** 试点类型 包含 / kind contains */
  kindContains?: InputMaybe<Scalars['String']['input']>;
  /** 试点类型 包含(不区分大小写) / kind contains, case-insensitive */
  kindContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 试点类型 等于(不区分大小写) / kind equals, case-insensitive */
  kindEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 试点类型 大于 / kind greater than */
  kindGT?: InputMaybe<Scalars['String']['input']>;
  /** 试点类型 大于等于 / kind greater than or equal to */
  kindGTE?: InputMaybe<Scalars['String']['input']>;
  /** 试点类型 开头是 / kind starts with */
  kindHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 试点类型 结尾是 / kind ends with */
  kindHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 试点类型 在列表中 / kind in the list */
  kindIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 试点类型 小于 / kind less than */
  kindLT?: InputMaybe<Scalars['String']['input']>;
  /** 试点类型 小于等于 / kind less than or equal to */
  kindLTE?: InputMaybe<Scalars['String']['input']>;
  /** 试点类型 不等于 / kind not equal to */
  kindNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 试点类型 不在列表中 / kind not in the list */
  kindNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 英文名称 等于 / nameEn equals */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** 英文名称 包含 / nameEn contains */
  nameEnContains?: InputMaybe<Scalars['String']['input']>;
  /** 英文名称 包含(不区分大小写) / nameEn contains, case-insensitive */
  nameEnContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 英文名称 等于(不区分大小写) / nameEn equals, case-insensitive */
  nameEnEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 英文名称 大于 / nameEn greater than */
  nameEnGT?: InputMaybe<Scalars['String']['input']>;
  /** 英文名称 大于等于 / nameEn greater than or equal to */
  nameEnGTE?: InputMaybe<Scalars['String']['input']>;
  /** 英文名称 开头是 / nameEn starts with */
  nameEnHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 英文名称 结尾是 / nameEn ends with */
  nameEnHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 英文名称 在列表中 / nameEn in the list */
  nameEnIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 英文名称 为空 / nameEn is null */
  nameEnIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 英文名称 小于 / nameEn less than */
  nameEnLT?: InputMaybe<Scalars['String']['input']>;
  /** 英文名称 小于等于 / nameEn less than or equal to */
  nameEnLTE?: InputMaybe<Scalars['String']['input']>;
  /** 英文名称 不等于 / nameEn not equal to */
  nameEnNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 英文名称 不在列表中 / nameEn not in the list */
  nameEnNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 英文名称 非空 / nameEn is not null */
  nameEnNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 中文名称 等于 / nameZh equals */
  nameZh?: InputMaybe<Scalars['String']['input']>;
  /** 中文名称 包含 / nameZh contains */
  nameZhContains?: InputMaybe<Scalars['String']['input']>;
  /** 中文名称 包含(不区分大小写) / nameZh contains, case-insensitive */
  nameZhContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 中文名称 等于(不区分大小写) / nameZh equals, case-insensitive */
  nameZhEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 中文名称 大于 / nameZh greater than */
  nameZhGT?: InputMaybe<Scalars['String']['input']>;
  /** 中文名称 大于等于 / nameZh greater than or equal to */
  nameZhGTE?: InputMaybe<Scalars['String']['input']>;
  /** 中文名称 开头是 / nameZh starts with */
  nameZhHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 中文名称 结尾是 / nameZh ends with */
  nameZhHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 中文名称 在列表中 / nameZh in the list */
  nameZhIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 中文名称 小于 / nameZh less than */
  nameZhLT?: InputMaybe<Scalars['String']['input']>;
  /** 中文名称 小于等于 / nameZh less than or equal to */
  nameZhLTE?: InputMaybe<Scalars['String']['input']>;
  /** 中文名称 不等于 / nameZh not equal to */
  nameZhNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 中文名称 不在列表中 / nameZh not in the list */
  nameZhNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 不满足 / this filter does not match */
  not?: InputMaybe<PilotSiteWhereInput>;
  /** 备注 等于 / note equals */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 备注 包含 / note contains */
  noteContains?: InputMaybe<Scalars['String']['input']>;
  /** 备注 包含(不区分大小写) / note contains, case-insensitive */
  noteContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 备注 等于(不区分大小写) / note equals, case-insensitive */
  noteEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 备注 大于 / note greater than */
  noteGT?: InputMaybe<Scalars['String']['input']>;
  /** 备注 大于等于 / note greater than or equal to */
  noteGTE?: InputMaybe<Scalars['String']['input']>;
  /** 备注 开头是 / note starts with */
  noteHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 备注 结尾是 / note ends with */
  noteHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 备注 在列表中 / note in the list */
  noteIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 备注 为空 / note is null */
  noteIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 备注 小于 / note less than */
  noteLT?: InputMaybe<Scalars['String']['input']>;
  /** 备注 小于等于 / note less than or equal to */
  noteLTE?: InputMaybe<Scalars['String']['input']>;
  /** 备注 不等于 / note not equal to */
  noteNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 备注 不在列表中 / note not in the list */
  noteNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 备注 非空 / note is not null */
  noteNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 任一满足 / any of these filters matches */
  or?: InputMaybe<Array<PilotSiteWhereInput>>;
  /** 地区代码 / region code */
  region?: InputMaybe<Scalars['String']['input']>;
  /** 更新时间 等于 / updatedAt equals */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 大于 / updatedAt greater than */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 大于等于 / updatedAt greater than or equal to */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 在列表中 / updatedAt in the list */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 更新时间 小于 / updatedAt less than */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 小于等于 / updatedAt less than or equal to */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 不等于 / updatedAt not equal to */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 不在列表中 / updatedAt not in the list */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 生效日期 等于 / validFrom equals */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** 生效日期 大于 / validFrom greater than */
  validFromGT?: InputMaybe<Scalars['Date']['input']>;
  /** 生效日期 大于等于 / validFrom greater than or equal to */
  validFromGTE?: InputMaybe<Scalars['Date']['input']>;
  /** 生效日期 在列表中 / validFrom in the list */
  validFromIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 生效日期 为空 / validFrom is null */
  validFromIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 生效日期 小于 / validFrom less than */
  validFromLT?: InputMaybe<Scalars['Date']['input']>;
  /** 生效日期 小于等于 / validFrom less than or equal to */
  validFromLTE?: InputMaybe<Scalars['Date']['input']>;
  /** 生效日期 不等于 / validFrom not equal to */
  validFromNEQ?: InputMaybe<Scalars['Date']['input']>;
  /** 生效日期 不在列表中 / validFrom not in the list */
  validFromNotIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 生效日期 非空 / validFrom is not null */
  validFromNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 在该日有效 / in force on this day (valid_from ≤ d and valid_to null or ≥ d) */
  validOn?: InputMaybe<Scalars['Date']['input']>;
  /** 失效日期 等于 / validTo equals */
  validTo?: InputMaybe<Scalars['Date']['input']>;
  /** 失效日期 大于 / validTo greater than */
  validToGT?: InputMaybe<Scalars['Date']['input']>;
  /** 失效日期 大于等于 / validTo greater than or equal to */
  validToGTE?: InputMaybe<Scalars['Date']['input']>;
  /** 失效日期 在列表中 / validTo in the list */
  validToIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 失效日期 为空 / validTo is null */
  validToIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 失效日期 小于 / validTo less than */
  validToLT?: InputMaybe<Scalars['Date']['input']>;
  /** 失效日期 小于等于 / validTo less than or equal to */
  validToLTE?: InputMaybe<Scalars['Date']['input']>;
  /** 失效日期 不等于 / validTo not equal to */
  validToNEQ?: InputMaybe<Scalars['Date']['input']>;
  /** 失效日期 不在列表中 / validTo not in the list */
  validToNotIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 失效日期 非空 / validTo is not null */
  validToNotNil?: InputMaybe<Scalars['Boolean']['input']>;
};

/** 插件状态 / Where a plugin is in its life. */
export type PluginState =
  /** 被拒绝或不可用，等待重新加载 / refused or unusable; waits for reloadPlugin */
  | 'FAILED'
  /** 正常服务 / serving calls */
  | 'READY'
  /** 已停止，按退避重启 / down; a restart is scheduled with backoff */
  | 'RESTARTING'
  /** 首次启动中 / first launch under way */
  | 'STARTING'
  /** 服务器已关闭 / host closed */
  | 'STOPPED';

/**
 * 政策矩阵单元格状态 / The status of a policy matrix cell: the region's own coverage answer, or
 * INHERITED from a region up its chain.
 */
export type PolicyCellStatus =
  /** 已规定 / the region sets a value, with a citation */
  | 'DEFINED'
  /** 沿用上级规定 / the region sets no value of its own; the value of the region named in inheritedFrom, up its chain (株洲 → 湖南), binds it */
  | 'INHERITED'
  /** 已规定但尚未编码 / regulated, but the plugin does not encode it yet (even where a region up the chain defines it: the region's own rule applies) */
  | 'NOT_MODELLED'
  /** 文件未规定 / the region's documents are silent on this concept, and so are those of every region up its chain */
  | 'NOT_REGULATED';

/** 概念覆盖 的排序 / Ordering of PolicyCoverage. */
export type PolicyCoverageOrder = {
  /** 排序方向 / the direction to order by */
  direction?: OrderDirection;
  /** 排序字段 / the field to order by */
  field: PolicyCoverageOrderField;
};

/** 概念覆盖 的排序字段 / Fields PolicyCoverage can be ordered by. */
export type PolicyCoverageOrderField =
  /** 按共享概念键排序 / order by concept */
  | 'CONCEPT'
  /** 按创建时间排序 / order by created_at */
  | 'CREATED_AT'
  /** 按覆盖状态排序 / order by status */
  | 'STATUS';

/** 概念覆盖 的筛选条件 / A filter on PolicyCoverage; the fields combine with AND. */
export type PolicyCoverageWhereInput = {
  /** 全部满足 / all of these filters match */
  and?: InputMaybe<Array<PolicyCoverageWhereInput>>;
  /** 共享概念键 等于 / concept equals */
  concept?: InputMaybe<Scalars['String']['input']>;
  /** 共享概念键 包含 / concept contains */
  conceptContains?: InputMaybe<Scalars['String']['input']>;
  /** 共享概念键 包含(不区分大小写) / concept contains, case-insensitive */
  conceptContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 共享概念键 等于(不区分大小写) / concept equals, case-insensitive */
  conceptEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 共享概念键 大于 / concept greater than */
  conceptGT?: InputMaybe<Scalars['String']['input']>;
  /** 共享概念键 大于等于 / concept greater than or equal to */
  conceptGTE?: InputMaybe<Scalars['String']['input']>;
  /** 共享概念键 开头是 / concept starts with */
  conceptHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 共享概念键 结尾是 / concept ends with */
  conceptHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 共享概念键 在列表中 / concept in the list */
  conceptIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 共享概念键 小于 / concept less than */
  conceptLT?: InputMaybe<Scalars['String']['input']>;
  /** 共享概念键 小于等于 / concept less than or equal to */
  conceptLTE?: InputMaybe<Scalars['String']['input']>;
  /** 共享概念键 不等于 / concept not equal to */
  conceptNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 共享概念键 不在列表中 / concept not in the list */
  conceptNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 创建时间 等于 / createdAt equals */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 大于 / createdAt greater than */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 大于等于 / createdAt greater than or equal to */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 在列表中 / createdAt in the list */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 创建时间 小于 / createdAt less than */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 小于等于 / createdAt less than or equal to */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 不等于 / createdAt not equal to */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 不在列表中 / createdAt not in the list */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 地区 存在 / has at least one related region */
  hasRegion?: InputMaybe<Scalars['Boolean']['input']>;
  /** 地区 满足条件 / has a related region matching the filter */
  hasRegionWith?: InputMaybe<Array<RegionWhereInput>>;
  /** 编号 等于 / id equals */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 大于 / id greater than */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 大于等于 / id greater than or equal to */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 在列表中 / id in the list */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 编号 小于 / id less than */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 小于等于 / id less than or equal to */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 不等于 / id not equal to */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 不在列表中 / id not in the list */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 不满足 / this filter does not match */
  not?: InputMaybe<PolicyCoverageWhereInput>;
  /** 任一满足 / any of these filters matches */
  or?: InputMaybe<Array<PolicyCoverageWhereInput>>;
  /** 说明 等于 / reason equals */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** 说明 包含 / reason contains */
  reasonContains?: InputMaybe<Scalars['String']['input']>;
  /** 说明 包含(不区分大小写) / reason contains, case-insensitive */
  reasonContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 说明 等于(不区分大小写) / reason equals, case-insensitive */
  reasonEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 说明 大于 / reason greater than */
  reasonGT?: InputMaybe<Scalars['String']['input']>;
  /** 说明 大于等于 / reason greater than or equal to */
  reasonGTE?: InputMaybe<Scalars['String']['input']>;
  /** 说明 开头是 / reason starts with */
  reasonHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 说明 结尾是 / reason ends with */
  reasonHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 说明 在列表中 / reason in the list */
  reasonIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 说明 为空 / reason is null */
  reasonIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 说明 小于 / reason less than */
  reasonLT?: InputMaybe<Scalars['String']['input']>;
  /** 说明 小于等于 / reason less than or equal to */
  reasonLTE?: InputMaybe<Scalars['String']['input']>;
  /** 说明 不等于 / reason not equal to */
  reasonNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 说明 不在列表中 / reason not in the list */
  reasonNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 说明 非空 / reason is not null */
  reasonNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 地区代码 / region code */
  region?: InputMaybe<Scalars['String']['input']>;
  /** 覆盖状态 等于 / status equals */
  status?: InputMaybe<CoverageStatus>;
  /** 覆盖状态 在列表中 / status in the list */
  statusIn?: InputMaybe<Array<CoverageStatus>>;
  /** 覆盖状态 不等于 / status not equal to */
  statusNEQ?: InputMaybe<CoverageStatus>;
  /** 覆盖状态 不在列表中 / status not in the list */
  statusNotIn?: InputMaybe<Array<CoverageStatus>>;
  /** 更新时间 等于 / updatedAt equals */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 大于 / updatedAt greater than */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 大于等于 / updatedAt greater than or equal to */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 在列表中 / updatedAt in the list */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 更新时间 小于 / updatedAt less than */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 小于等于 / updatedAt less than or equal to */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 不等于 / updatedAt not equal to */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 不在列表中 / updatedAt not in the list */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
};

/** 政策文件 的排序 / Ordering of PolicyDocument. */
export type PolicyDocumentOrder = {
  /** 排序方向 / the direction to order by */
  direction?: OrderDirection;
  /** 排序字段 / the field to order by */
  field: PolicyDocumentOrderField;
};

/** 政策文件 的排序字段 / Fields PolicyDocument can be ordered by. */
export type PolicyDocumentOrderField =
  /** 按创建时间排序 / order by created_at */
  | 'CREATED_AT'
  /** 按发布日期排序 / order by issued_on */
  | 'ISSUED_ON'
  /** 按文件键排序 / order by key */
  | 'KEY';

/** 政策文件 的筛选条件 / A filter on PolicyDocument; the fields combine with AND. */
export type PolicyDocumentWhereInput = {
  /** 全部满足 / all of these filters match */
  and?: InputMaybe<Array<PolicyDocumentWhereInput>>;
  /** 创建时间 等于 / createdAt equals */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 大于 / createdAt greater than */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 大于等于 / createdAt greater than or equal to */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 在列表中 / createdAt in the list */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 创建时间 小于 / createdAt less than */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 小于等于 / createdAt less than or equal to */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 不等于 / createdAt not equal to */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 不在列表中 / createdAt not in the list */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 文号 等于 / docNumber equals */
  docNumber?: InputMaybe<Scalars['String']['input']>;
  /** 文号 包含 / docNumber contains */
  docNumberContains?: InputMaybe<Scalars['String']['input']>;
  /** 文号 包含(不区分大小写) / docNumber contains, case-insensitive */
  docNumberContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 文号 等于(不区分大小写) / docNumber equals, case-insensitive */
  docNumberEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 文号 大于 / docNumber greater than */
  docNumberGT?: InputMaybe<Scalars['String']['input']>;
  /** 文号 大于等于 / docNumber greater than or equal to */
  docNumberGTE?: InputMaybe<Scalars['String']['input']>;
  /** 文号 开头是 / docNumber starts with */
  docNumberHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 文号 结尾是 / docNumber ends with */
  docNumberHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 文号 在列表中 / docNumber in the list */
  docNumberIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 文号 为空 / docNumber is null */
  docNumberIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 文号 小于 / docNumber less than */
  docNumberLT?: InputMaybe<Scalars['String']['input']>;
  /** 文号 小于等于 / docNumber less than or equal to */
  docNumberLTE?: InputMaybe<Scalars['String']['input']>;
  /** 文号 不等于 / docNumber not equal to */
  docNumberNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 文号 不在列表中 / docNumber not in the list */
  docNumberNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 文号 非空 / docNumber is not null */
  docNumberNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 政策参数 存在 / has at least one related parameters */
  hasParameters?: InputMaybe<Scalars['Boolean']['input']>;
  /** 政策参数 满足条件 / has a related parameters matching the filter */
  hasParametersWith?: InputMaybe<Array<PolicyParameterWhereInput>>;
  /** 地区 存在 / has at least one related region */
  hasRegion?: InputMaybe<Scalars['Boolean']['input']>;
  /** 地区 满足条件 / has a related region matching the filter */
  hasRegionWith?: InputMaybe<Array<RegionWhereInput>>;
  /** 编号 等于 / id equals */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 大于 / id greater than */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 大于等于 / id greater than or equal to */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 在列表中 / id in the list */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 编号 小于 / id less than */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 小于等于 / id less than or equal to */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 不等于 / id not equal to */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 不在列表中 / id not in the list */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 发布日期 等于 / issuedOn equals */
  issuedOn?: InputMaybe<Scalars['Date']['input']>;
  /** 发布日期 大于 / issuedOn greater than */
  issuedOnGT?: InputMaybe<Scalars['Date']['input']>;
  /** 发布日期 大于等于 / issuedOn greater than or equal to */
  issuedOnGTE?: InputMaybe<Scalars['Date']['input']>;
  /** 发布日期 在列表中 / issuedOn in the list */
  issuedOnIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 发布日期 为空 / issuedOn is null */
  issuedOnIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 发布日期 小于 / issuedOn less than */
  issuedOnLT?: InputMaybe<Scalars['Date']['input']>;
  /** 发布日期 小于等于 / issuedOn less than or equal to */
  issuedOnLTE?: InputMaybe<Scalars['Date']['input']>;
  /** 发布日期 不等于 / issuedOn not equal to */
  issuedOnNEQ?: InputMaybe<Scalars['Date']['input']>;
  /** 发布日期 不在列表中 / issuedOn not in the list */
  issuedOnNotIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 发布日期 非空 / issuedOn is not null */
  issuedOnNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 发文机关 等于 / issuer equals */
  issuer?: InputMaybe<Scalars['String']['input']>;
  /** 发文机关 包含 / issuer contains */
  issuerContains?: InputMaybe<Scalars['String']['input']>;
  /** 发文机关 包含(不区分大小写) / issuer contains, case-insensitive */
  issuerContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 发文机关 等于(不区分大小写) / issuer equals, case-insensitive */
  issuerEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 发文机关 大于 / issuer greater than */
  issuerGT?: InputMaybe<Scalars['String']['input']>;
  /** 发文机关 大于等于 / issuer greater than or equal to */
  issuerGTE?: InputMaybe<Scalars['String']['input']>;
  /** 发文机关 开头是 / issuer starts with */
  issuerHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 发文机关 结尾是 / issuer ends with */
  issuerHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 发文机关 在列表中 / issuer in the list */
  issuerIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 发文机关 为空 / issuer is null */
  issuerIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 发文机关 小于 / issuer less than */
  issuerLT?: InputMaybe<Scalars['String']['input']>;
  /** 发文机关 小于等于 / issuer less than or equal to */
  issuerLTE?: InputMaybe<Scalars['String']['input']>;
  /** 发文机关 不等于 / issuer not equal to */
  issuerNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 发文机关 不在列表中 / issuer not in the list */
  issuerNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 发文机关 非空 / issuer is not null */
  issuerNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 文件键 等于 / key equals */
  key?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 包含 / key contains */
  keyContains?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 包含(不区分大小写) / key contains, case-insensitive */
  keyContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 等于(不区分大小写) / key equals, case-insensitive */
  keyEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 大于 / key greater than */
  keyGT?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 大于等于 / key greater than or equal to */
  keyGTE?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 开头是 / key starts with */
  keyHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 结尾是 / key ends with */
  keyHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 在列表中 / key in the list */
  keyIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 文件键 小于 / key less than */
  keyLT?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 小于等于 / key less than or equal to */
  keyLTE?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 不等于 / key not equal to */
  keyNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 不在列表中 / key not in the list */
  keyNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 不满足 / this filter does not match */
  not?: InputMaybe<PolicyDocumentWhereInput>;
  /** 任一满足 / any of these filters matches */
  or?: InputMaybe<Array<PolicyDocumentWhereInput>>;
  /** 地区代码 / region code */
  region?: InputMaybe<Scalars['String']['input']>;
  /** 种子文件 等于 / seedFile equals */
  seedFile?: InputMaybe<Scalars['String']['input']>;
  /** 种子文件 包含 / seedFile contains */
  seedFileContains?: InputMaybe<Scalars['String']['input']>;
  /** 种子文件 包含(不区分大小写) / seedFile contains, case-insensitive */
  seedFileContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 种子文件 等于(不区分大小写) / seedFile equals, case-insensitive */
  seedFileEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 种子文件 大于 / seedFile greater than */
  seedFileGT?: InputMaybe<Scalars['String']['input']>;
  /** 种子文件 大于等于 / seedFile greater than or equal to */
  seedFileGTE?: InputMaybe<Scalars['String']['input']>;
  /** 种子文件 开头是 / seedFile starts with */
  seedFileHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 种子文件 结尾是 / seedFile ends with */
  seedFileHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 种子文件 在列表中 / seedFile in the list */
  seedFileIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 种子文件 为空 / seedFile is null */
  seedFileIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 种子文件 小于 / seedFile less than */
  seedFileLT?: InputMaybe<Scalars['String']['input']>;
  /** 种子文件 小于等于 / seedFile less than or equal to */
  seedFileLTE?: InputMaybe<Scalars['String']['input']>;
  /** 种子文件 不等于 / seedFile not equal to */
  seedFileNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 种子文件 不在列表中 / seedFile not in the list */
  seedFileNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 种子文件 非空 / seedFile is not null */
  seedFileNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 英文标题 等于 / titleEn equals */
  titleEn?: InputMaybe<Scalars['String']['input']>;
  /** 英文标题 包含 / titleEn contains */
  titleEnContains?: InputMaybe<Scalars['String']['input']>;
  /** 英文标题 包含(不区分大小写) / titleEn contains, case-insensitive */
  titleEnContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 英文标题 等于(不区分大小写) / titleEn equals, case-insensitive */
  titleEnEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 英文标题 大于 / titleEn greater than */
  titleEnGT?: InputMaybe<Scalars['String']['input']>;
  /** 英文标题 大于等于 / titleEn greater than or equal to */
  titleEnGTE?: InputMaybe<Scalars['String']['input']>;
  /** 英文标题 开头是 / titleEn starts with */
  titleEnHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 英文标题 结尾是 / titleEn ends with */
  titleEnHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 英文标题 在列表中 / titleEn in the list */
  titleEnIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 英文标题 为空 / titleEn is null */
  titleEnIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 英文标题 小于 / titleEn less than */
  titleEnLT?: InputMaybe<Scalars['String']['input']>;
  /** 英文标题 小于等于 / titleEn less than or equal to */
  titleEnLTE?: InputMaybe<Scalars['String']['input']>;
  /** 英文标题 不等于 / titleEn not equal to */
  titleEnNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 英文标题 不在列表中 / titleEn not in the list */
  titleEnNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 英文标题 非空 / titleEn is not null */
  titleEnNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 中文标题 等于 / titleZh equals */
  titleZh?: InputMaybe<Scalars['String']['input']>;
  /** 中文标题 包含 / titleZh contains */
  titleZhContains?: InputMaybe<Scalars['String']['input']>;
  /** 中文标题 包含(不区分大小写) / titleZh contains, case-insensitive */
  titleZhContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 中文标题 等于(不区分大小写) / titleZh equals, case-insensitive */
  titleZhEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 中文标题 大于 / titleZh greater than */
  titleZhGT?: InputMaybe<Scalars['String']['input']>;
  /** 中文标题 大于等于 / titleZh greater than or equal to */
  titleZhGTE?: InputMaybe<Scalars['String']['input']>;
  /** 中文标题 开头是 / titleZh starts with */
  titleZhHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 中文标题 结尾是 / titleZh ends with */
  titleZhHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 中文标题 在列表中 / titleZh in the list */
  titleZhIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 中文标题 小于 / titleZh less than */
  titleZhLT?: InputMaybe<Scalars['String']['input']>;
  /** 中文标题 小于等于 / titleZh less than or equal to */
  titleZhLTE?: InputMaybe<Scalars['String']['input']>;
  /** 中文标题 不等于 / titleZh not equal to */
  titleZhNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 中文标题 不在列表中 / titleZh not in the list */
  titleZhNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 更新时间 等于 / updatedAt equals */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 大于 / updatedAt greater than */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 大于等于 / updatedAt greater than or equal to */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 在列表中 / updatedAt in the list */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 更新时间 小于 / updatedAt less than */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 小于等于 / updatedAt less than or equal to */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 不等于 / updatedAt not equal to */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 不在列表中 / updatedAt not in the list */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 生效日期 等于 / validFrom equals */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** 生效日期 大于 / validFrom greater than */
  validFromGT?: InputMaybe<Scalars['Date']['input']>;
  /** 生效日期 大于等于 / validFrom greater than or equal to */
  validFromGTE?: InputMaybe<Scalars['Date']['input']>;
  /** 生效日期 在列表中 / validFrom in the list */
  validFromIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 生效日期 为空 / validFrom is null */
  validFromIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 生效日期 小于 / validFrom less than */
  validFromLT?: InputMaybe<Scalars['Date']['input']>;
  /** 生效日期 小于等于 / validFrom less than or equal to */
  validFromLTE?: InputMaybe<Scalars['Date']['input']>;
  /** 推定施行日的最迟日期 等于 / validFromLatest equals */
  validFromLatest?: InputMaybe<Scalars['Date']['input']>;
  /** 推定施行日的最迟日期 大于 / validFromLatest greater than */
  validFromLatestGT?: InputMaybe<Scalars['Date']['input']>;
  /** 推定施行日的最迟日期 大于等于 / validFromLatest greater than or equal to */
  validFromLatestGTE?: InputMaybe<Scalars['Date']['input']>;
  /** 推定施行日的最迟日期 在列表中 / validFromLatest in the list */
  validFromLatestIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 推定施行日的最迟日期 为空 / validFromLatest is null */
  validFromLatestIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 推定施行日的最迟日期 小于 / validFromLatest less than */
  validFromLatestLT?: InputMaybe<Scalars['Date']['input']>;
  /** 推定施行日的最迟日期 小于等于 / validFromLatest less than or equal to */
  validFromLatestLTE?: InputMaybe<Scalars['Date']['input']>;
  /** 推定施行日的最迟日期 不等于 / validFromLatest not equal to */
  validFromLatestNEQ?: InputMaybe<Scalars['Date']['input']>;
  /** 推定施行日的最迟日期 不在列表中 / validFromLatest not in the list */
  validFromLatestNotIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 推定施行日的最迟日期 非空 / validFromLatest is not null */
  validFromLatestNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 生效日期 不等于 / validFrom not equal to */
  validFromNEQ?: InputMaybe<Scalars['Date']['input']>;
  /** 生效日期 不在列表中 / validFrom not in the list */
  validFromNotIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 生效日期 非空 / validFrom is not null */
  validFromNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 在该日有效 / in force on this day (valid_from ≤ d and valid_to null or ≥ d) */
  validOn?: InputMaybe<Scalars['Date']['input']>;
  /** 失效日期 等于 / validTo equals */
  validTo?: InputMaybe<Scalars['Date']['input']>;
  /** 失效日期 大于 / validTo greater than */
  validToGT?: InputMaybe<Scalars['Date']['input']>;
  /** 失效日期 大于等于 / validTo greater than or equal to */
  validToGTE?: InputMaybe<Scalars['Date']['input']>;
  /** 失效日期 在列表中 / validTo in the list */
  validToIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 失效日期 为空 / validTo is null */
  validToIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 失效日期 小于 / validTo less than */
  validToLT?: InputMaybe<Scalars['Date']['input']>;
  /** 失效日期 小于等于 / validTo less than or equal to */
  validToLTE?: InputMaybe<Scalars['Date']['input']>;
  /** 失效日期 不等于 / validTo not equal to */
  validToNEQ?: InputMaybe<Scalars['Date']['input']>;
  /** 失效日期 不在列表中 / validTo not in the list */
  validToNotIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 失效日期 非空 / validTo is not null */
  validToNotNil?: InputMaybe<Scalars['Boolean']['input']>;
};

/** 政策参数 的排序 / Ordering of PolicyParameter. */
export type PolicyParameterOrder = {
  /** 排序方向 / the direction to order by */
  direction?: OrderDirection;
  /** 排序字段 / the field to order by */
  field: PolicyParameterOrderField;
};

/** 政策参数 的排序字段 / Fields PolicyParameter can be ordered by. */
export type PolicyParameterOrderField =
  /** 按共享概念键排序 / order by concept */
  | 'CONCEPT'
  /** 按创建时间排序 / order by created_at */
  | 'CREATED_AT'
  /** 按参数编号排序 / order by param_id */
  | 'PARAM_ID';

/** 政策参数 的筛选条件 / A filter on PolicyParameter; the fields combine with AND. */
export type PolicyParameterWhereInput = {
  /** 全部满足 / all of these filters match */
  and?: InputMaybe<Array<PolicyParameterWhereInput>>;
  /** 条款 等于 / citationClause equals */
  citationClause?: InputMaybe<Scalars['String']['input']>;
  /** 条款 包含 / citationClause contains */
  citationClauseContains?: InputMaybe<Scalars['String']['input']>;
  /** 条款 包含(不区分大小写) / citationClause contains, case-insensitive */
  citationClauseContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 条款 等于(不区分大小写) / citationClause equals, case-insensitive */
  citationClauseEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 条款 大于 / citationClause greater than */
  citationClauseGT?: InputMaybe<Scalars['String']['input']>;
  /** 条款 大于等于 / citationClause greater than or equal to */
  citationClauseGTE?: InputMaybe<Scalars['String']['input']>;
  /** 条款 开头是 / citationClause starts with */
  citationClauseHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 条款 结尾是 / citationClause ends with */
  citationClauseHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 条款 在列表中 / citationClause in the list */
  citationClauseIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 条款 为空 / citationClause is null */
  citationClauseIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 条款 小于 / citationClause less than */
  citationClauseLT?: InputMaybe<Scalars['String']['input']>;
  /** 条款 小于等于 / citationClause less than or equal to */
  citationClauseLTE?: InputMaybe<Scalars['String']['input']>;
  /** 条款 不等于 / citationClause not equal to */
  citationClauseNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 条款 不在列表中 / citationClause not in the list */
  citationClauseNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 条款 非空 / citationClause is not null */
  citationClauseNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 文件键 等于 / citationDocument equals */
  citationDocument?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 包含 / citationDocument contains */
  citationDocumentContains?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 包含(不区分大小写) / citationDocument contains, case-insensitive */
  citationDocumentContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 等于(不区分大小写) / citationDocument equals, case-insensitive */
  citationDocumentEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 大于 / citationDocument greater than */
  citationDocumentGT?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 大于等于 / citationDocument greater than or equal to */
  citationDocumentGTE?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 开头是 / citationDocument starts with */
  citationDocumentHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 结尾是 / citationDocument ends with */
  citationDocumentHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 在列表中 / citationDocument in the list */
  citationDocumentIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 文件键 为空 / citationDocument is null */
  citationDocumentIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 文件键 小于 / citationDocument less than */
  citationDocumentLT?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 小于等于 / citationDocument less than or equal to */
  citationDocumentLTE?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 不等于 / citationDocument not equal to */
  citationDocumentNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 不在列表中 / citationDocument not in the list */
  citationDocumentNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 文件键 非空 / citationDocument is not null */
  citationDocumentNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 原文 等于 / citationQuote equals */
  citationQuote?: InputMaybe<Scalars['String']['input']>;
  /** 原文 包含 / citationQuote contains */
  citationQuoteContains?: InputMaybe<Scalars['String']['input']>;
  /** 原文 包含(不区分大小写) / citationQuote contains, case-insensitive */
  citationQuoteContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 原文 等于(不区分大小写) / citationQuote equals, case-insensitive */
  citationQuoteEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 原文 大于 / citationQuote greater than */
  citationQuoteGT?: InputMaybe<Scalars['String']['input']>;
  /** 原文 大于等于 / citationQuote greater than or equal to */
  citationQuoteGTE?: InputMaybe<Scalars['String']['input']>;
  /** 原文 开头是 / citationQuote starts with */
  citationQuoteHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 原文 结尾是 / citationQuote ends with */
  citationQuoteHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 原文 在列表中 / citationQuote in the list */
  citationQuoteIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 原文 为空 / citationQuote is null */
  citationQuoteIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 原文 小于 / citationQuote less than */
  citationQuoteLT?: InputMaybe<Scalars['String']['input']>;
  /** 原文 小于等于 / citationQuote less than or equal to */
  citationQuoteLTE?: InputMaybe<Scalars['String']['input']>;
  /** 原文 不等于 / citationQuote not equal to */
  citationQuoteNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 原文 不在列表中 / citationQuote not in the list */
  citationQuoteNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 原文 非空 / citationQuote is not null */
  citationQuoteNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 共享概念键 等于 / concept equals */
  concept?: InputMaybe<Scalars['String']['input']>;
  /** 共享概念键 包含 / concept contains */
  conceptContains?: InputMaybe<Scalars['String']['input']>;
  /** 共享概念键 包含(不区分大小写) / concept contains, case-insensitive */
  conceptContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 共享概念键 等于(不区分大小写) / concept equals, case-insensitive */
  conceptEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 共享概念键 大于 / concept greater than */
  conceptGT?: InputMaybe<Scalars['String']['input']>;
  /** 共享概念键 大于等于 / concept greater than or equal to */
  conceptGTE?: InputMaybe<Scalars['String']['input']>;
  /** 共享概念键 开头是 / concept starts with */
  conceptHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 共享概念键 结尾是 / concept ends with */
  conceptHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 共享概念键 在列表中 / concept in the list */
  conceptIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 共享概念键 小于 / concept less than */
  conceptLT?: InputMaybe<Scalars['String']['input']>;
  /** 共享概念键 小于等于 / concept less than or equal to */
  conceptLTE?: InputMaybe<Scalars['String']['input']>;
  /** 共享概念键 不等于 / concept not equal to */
  conceptNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 共享概念键 不在列表中 / concept not in the list */
  conceptNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 创建时间 等于 / createdAt equals */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 大于 / createdAt greater than */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 大于等于 / createdAt greater than or equal to */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 在列表中 / createdAt in the list */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 创建时间 小于 / createdAt less than */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 小于等于 / createdAt less than or equal to */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 不等于 / createdAt not equal to */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 不在列表中 / createdAt not in the list */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 出处文件 存在 / has at least one related document */
  hasDocument?: InputMaybe<Scalars['Boolean']['input']>;
  /** 出处文件 满足条件 / has a related document matching the filter */
  hasDocumentWith?: InputMaybe<Array<PolicyDocumentWhereInput>>;
  /** 地区 存在 / has at least one related region */
  hasRegion?: InputMaybe<Scalars['Boolean']['input']>;
  /** 地区 满足条件 / has a related region matching the filter */
  hasRegionWith?: InputMaybe<Array<RegionWhereInput>>;
  /** 编号 等于 / id equals */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 大于 / id greater than */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 大于等于 / id greater than or equal to */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 在列表中 / id in the list */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 编号 小于 / id less than */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 小于等于 / id less than or equal to */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 不等于 / id not equal to */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 不在列表中 / id not in the list */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 类型 等于 / kind equals */
  kind?: InputMaybe<Scalars['String']['input']>;
  /** 类型 包含 / kind contains */
  kindContains?: InputMaybe<Scalars['String']['input']>;
  /** 类型 包含(不区分大小写) / kind contains, case-insensitive */
  kindContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 类型 等于(不区分大小写) / kind equals, case-insensitive */
  kindEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 类型 大于 / kind greater than */
  kindGT?: InputMaybe<Scalars['String']['input']>;
  /** 类型 大于等于 / kind greater than or equal to */
  kindGTE?: InputMaybe<Scalars['String']['input']>;
  /** 类型 开头是 / kind starts with */
  kindHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 类型 结尾是 / kind ends with */
  kindHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 类型 在列表中 / kind in the list */
  kindIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 类型 小于 / kind less than */
  kindLT?: InputMaybe<Scalars['String']['input']>;
  /** 类型 小于等于 / kind less than or equal to */
  kindLTE?: InputMaybe<Scalars['String']['input']>;
  /** 类型 不等于 / kind not equal to */
  kindNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 类型 不在列表中 / kind not in the list */
  kindNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 不满足 / this filter does not match */
  not?: InputMaybe<PolicyParameterWhereInput>;
  /** 备注 等于 / note equals */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 备注 包含 / note contains */
  noteContains?: InputMaybe<Scalars['String']['input']>;
  /** 备注 包含(不区分大小写) / note contains, case-insensitive */
  noteContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 备注 等于(不区分大小写) / note equals, case-insensitive */
  noteEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 备注 大于 / note greater than */
  noteGT?: InputMaybe<Scalars['String']['input']>;
  /** 备注 大于等于 / note greater than or equal to */
  noteGTE?: InputMaybe<Scalars['String']['input']>;
  /** 备注 开头是 / note starts with */
  noteHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 备注 结尾是 / note ends with */
  noteHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 备注 在列表中 / note in the list */
  noteIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 备注 为空 / note is null */
  noteIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 备注 小于 / note less than */
  noteLT?: InputMaybe<Scalars['String']['input']>;
  /** 备注 小于等于 / note less than or equal to */
  noteLTE?: InputMaybe<Scalars['String']['input']>;
  /** 备注 不等于 / note not equal to */
  noteNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 备注 不在列表中 / note not in the list */
  noteNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 备注 非空 / note is not null */
  noteNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 任一满足 / any of these filters matches */
  or?: InputMaybe<Array<PolicyParameterWhereInput>>;
  /** 参数编号 等于 / paramID equals */
  paramID?: InputMaybe<Scalars['String']['input']>;
  /** 参数编号 包含 / paramID contains */
  paramIDContains?: InputMaybe<Scalars['String']['input']>;
  /** 参数编号 包含(不区分大小写) / paramID contains, case-insensitive */
  paramIDContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 参数编号 等于(不区分大小写) / paramID equals, case-insensitive */
  paramIDEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 参数编号 大于 / paramID greater than */
  paramIDGT?: InputMaybe<Scalars['String']['input']>;
  /** 参数编号 大于等于 / paramID greater than or equal to */
  paramIDGTE?: InputMaybe<Scalars['String']['input']>;
  /** 参数编号 开头是 / paramID starts with */
  paramIDHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 参数编号 结尾是 / paramID ends with */
  paramIDHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 参数编号 在列表中 / paramID in the list */
  paramIDIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 参数编号 小于 / paramID less than */
  paramIDLT?: InputMaybe<Scalars['String']['input']>;
  /** 参数编号 小于等于 / paramID less than or equal to */
  paramIDLTE?: InputMaybe<Scalars['String']['input']>;
  /** 参数编号 不等于 / paramID not equal to */
  paramIDNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 参数编号 不在列表中 / paramID not in the list */
  paramIDNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 地区代码 / region code */
  region?: InputMaybe<Scalars['String']['input']>;
  /** 规则编号 等于 / ruleID equals */
  ruleID?: InputMaybe<Scalars['String']['input']>;
  /** 规则编号 包含 / ruleID contains */
  ruleIDContains?: InputMaybe<Scalars['String']['input']>;
  /** 规则编号 包含(不区分大小写) / ruleID contains, case-insensitive */
  ruleIDContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 规则编号 等于(不区分大小写) / ruleID equals, case-insensitive */
  ruleIDEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 规则编号 大于 / ruleID greater than */
  ruleIDGT?: InputMaybe<Scalars['String']['input']>;
  /** 规则编号 大于等于 / ruleID greater than or equal to */
  ruleIDGTE?: InputMaybe<Scalars['String']['input']>;
  /** 规则编号 开头是 / ruleID starts with */
  ruleIDHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 规则编号 结尾是 / ruleID ends with */
  ruleIDHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 规则编号 在列表中 / ruleID in the list */
  ruleIDIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 规则编号 小于 / ruleID less than */
  ruleIDLT?: InputMaybe<Scalars['String']['input']>;
  /** 规则编号 小于等于 / ruleID less than or equal to */
  ruleIDLTE?: InputMaybe<Scalars['String']['input']>;
  /** 规则编号 不等于 / ruleID not equal to */
  ruleIDNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 规则编号 不在列表中 / ruleID not in the list */
  ruleIDNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 单位 等于 / unit equals */
  unit?: InputMaybe<Scalars['String']['input']>;
  /** 单位 包含 / unit contains */
  unitContains?: InputMaybe<Scalars['String']['input']>;
  /** 单位 包含(不区分大小写) / unit contains, case-insensitive */
  unitContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 单位 等于(不区分大小写) / unit equals, case-insensitive */
  unitEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 单位 大于 / unit greater than */
  unitGT?: InputMaybe<Scalars['String']['input']>;
  /** 单位 大于等于 / unit greater than or equal to */
  unitGTE?: InputMaybe<Scalars['String']['input']>;
  /** 单位 开头是 / unit starts with */
  unitHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 单位 结尾是 / unit ends with */
  unitHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 单位 在列表中 / unit in the list */
  unitIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 单位 为空 / unit is null */
  unitIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 单位 小于 / unit less than */
  unitLT?: InputMaybe<Scalars['String']['input']>;
  /** 单位 小于等于 / unit less than or equal to */
  unitLTE?: InputMaybe<Scalars['String']['input']>;
  /** 单位 不等于 / unit not equal to */
  unitNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 单位 不在列表中 / unit not in the list */
  unitNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 单位 非空 / unit is not null */
  unitNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 更新时间 等于 / updatedAt equals */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 大于 / updatedAt greater than */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 大于等于 / updatedAt greater than or equal to */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 在列表中 / updatedAt in the list */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 更新时间 小于 / updatedAt less than */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 小于等于 / updatedAt less than or equal to */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 不等于 / updatedAt not equal to */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 不在列表中 / updatedAt not in the list */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 生效日期 等于 / validFrom equals */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** 生效日期 大于 / validFrom greater than */
  validFromGT?: InputMaybe<Scalars['Date']['input']>;
  /** 生效日期 大于等于 / validFrom greater than or equal to */
  validFromGTE?: InputMaybe<Scalars['Date']['input']>;
  /** 生效日期 在列表中 / validFrom in the list */
  validFromIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 生效日期 为空 / validFrom is null */
  validFromIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 生效日期 小于 / validFrom less than */
  validFromLT?: InputMaybe<Scalars['Date']['input']>;
  /** 生效日期 小于等于 / validFrom less than or equal to */
  validFromLTE?: InputMaybe<Scalars['Date']['input']>;
  /** 生效日期 不等于 / validFrom not equal to */
  validFromNEQ?: InputMaybe<Scalars['Date']['input']>;
  /** 生效日期 不在列表中 / validFrom not in the list */
  validFromNotIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 生效日期 非空 / validFrom is not null */
  validFromNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 在该日有效（valid_from ≤ 日期 且 valid_to 为空或 ≥ 日期）/ in force on this day (valid_from ≤ d and valid_to null or ≥ d) */
  validOn?: InputMaybe<Scalars['Date']['input']>;
  /** 失效日期 等于 / validTo equals */
  validTo?: InputMaybe<Scalars['Date']['input']>;
  /** 失效日期 大于 / validTo greater than */
  validToGT?: InputMaybe<Scalars['Date']['input']>;
  /** 失效日期 大于等于 / validTo greater than or equal to */
  validToGTE?: InputMaybe<Scalars['Date']['input']>;
  /** 失效日期 在列表中 / validTo in the list */
  validToIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 失效日期 为空 / validTo is null */
  validToIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 失效日期 小于 / validTo less than */
  validToLT?: InputMaybe<Scalars['Date']['input']>;
  /** 失效日期 小于等于 / validTo less than or equal to */
  validToLTE?: InputMaybe<Scalars['Date']['input']>;
  /** 失效日期 不等于 / validTo not equal to */
  validToNEQ?: InputMaybe<Scalars['Date']['input']>;
  /** 失效日期 不在列表中 / validTo not in the list */
  validToNotIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 失效日期 非空 / validTo is not null */
  validToNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 取值 等于 / value equals */
  value?: InputMaybe<Scalars['String']['input']>;
  /** 取值 包含 / value contains */
  valueContains?: InputMaybe<Scalars['String']['input']>;
  /** 取值 包含(不区分大小写) / value contains, case-insensitive */
  valueContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 取值 等于(不区分大小写) / value equals, case-insensitive */
  valueEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 取值 大于 / value greater than */
  valueGT?: InputMaybe<Scalars['String']['input']>;
  /** 取值 大于等于 / value greater than or equal to */
  valueGTE?: InputMaybe<Scalars['String']['input']>;
  /** 取值 开头是 / value starts with */
  valueHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 取值 结尾是 / value ends with */
  valueHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 取值 在列表中 / value in the list */
  valueIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 取值 小于 / value less than */
  valueLT?: InputMaybe<Scalars['String']['input']>;
  /** 取值 小于等于 / value less than or equal to */
  valueLTE?: InputMaybe<Scalars['String']['input']>;
  /** 取值 不等于 / value not equal to */
  valueNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 取值 不在列表中 / value not in the list */
  valueNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** 政策数据来源 的排序 / Ordering of PolicySource. */
export type PolicySourceOrder = {
  /** 排序方向 / the direction to order by */
  direction?: OrderDirection;
  /** 排序字段 / the field to order by */
  field: PolicySourceOrderField;
};

/** 政策数据来源 的排序字段 / Fields PolicySource can be ordered by. */
export type PolicySourceOrderField =
  /** 按同步时间排序 / order by synced_at */
  | 'SYNCED_AT';

/** 政策数据来源 的筛选条件 / A filter on PolicySource; the fields combine with AND. */
export type PolicySourceWhereInput = {
  /** 全部满足 / all of these filters match */
  and?: InputMaybe<Array<PolicySourceWhereInput>>;
  /** 内置插件 等于 / builtin equals */
  builtin?: InputMaybe<Scalars['Boolean']['input']>;
  /** 内置插件 不等于 / builtin not equal to */
  builtinNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  /** 地区 存在 / has at least one related region */
  hasRegion?: InputMaybe<Scalars['Boolean']['input']>;
  /** 地区 满足条件 / has a related region matching the filter */
  hasRegionWith?: InputMaybe<Array<RegionWhereInput>>;
  /** 编号 等于 / id equals */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 大于 / id greater than */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 大于等于 / id greater than or equal to */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 在列表中 / id in the list */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 编号 小于 / id less than */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 小于等于 / id less than or equal to */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 不等于 / id not equal to */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 不在列表中 / id not in the list */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 不满足 / this filter does not match */
  not?: InputMaybe<PolicySourceWhereInput>;
  /** 任一满足 / any of these filters matches */
  or?: InputMaybe<Array<PolicySourceWhereInput>>;
  /** 插件版本 等于 / pluginVersion equals */
  pluginVersion?: InputMaybe<Scalars['String']['input']>;
  /** 插件版本 包含 / pluginVersion contains */
  pluginVersionContains?: InputMaybe<Scalars['String']['input']>;
  /** 插件版本 包含(不区分大小写) / pluginVersion contains, case-insensitive */
  pluginVersionContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 插件版本 等于(不区分大小写) / pluginVersion equals, case-insensitive */
  pluginVersionEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 插件版本 大于 / pluginVersion greater than */
  pluginVersionGT?: InputMaybe<Scalars['String']['input']>;
  /** 插件版本 大于等于 / pluginVersion greater than or equal to */
  pluginVersionGTE?: InputMaybe<Scalars['String']['input']>;
  /** 插件版本 开头是 / pluginVersion starts with */
  pluginVersionHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 插件版本 结尾是 / pluginVersion ends with */
  pluginVersionHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 插件版本 在列表中 / pluginVersion in the list */
  pluginVersionIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 插件版本 小于 / pluginVersion less than */
  pluginVersionLT?: InputMaybe<Scalars['String']['input']>;
  /** 插件版本 小于等于 / pluginVersion less than or equal to */
  pluginVersionLTE?: InputMaybe<Scalars['String']['input']>;
  /** 插件版本 不等于 / pluginVersion not equal to */
  pluginVersionNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 插件版本 不在列表中 / pluginVersion not in the list */
  pluginVersionNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 规则集哈希 等于 / rulesetHash equals */
  rulesetHash?: InputMaybe<Scalars['String']['input']>;
  /** 规则集哈希 包含 / rulesetHash contains */
  rulesetHashContains?: InputMaybe<Scalars['String']['input']>;
  /** 规则集哈希 包含(不区分大小写) / rulesetHash contains, case-insensitive */
  rulesetHashContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 规则集哈希 等于(不区分大小写) / rulesetHash equals, case-insensitive */
  rulesetHashEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 规则集哈希 大于 / rulesetHash greater than */
  rulesetHashGT?: InputMaybe<Scalars['String']['input']>;
  /** 规则集哈希 大于等于 / rulesetHash greater than or equal to */
  rulesetHashGTE?: InputMaybe<Scalars['String']['input']>;
  /** 规则集哈希 开头是 / rulesetHash starts with */
  rulesetHashHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 规则集哈希 结尾是 / rulesetHash ends with */
  rulesetHashHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 规则集哈希 在列表中 / rulesetHash in the list */
  rulesetHashIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 规则集哈希 小于 / rulesetHash less than */
  rulesetHashLT?: InputMaybe<Scalars['String']['input']>;
  /** 规则集哈希 小于等于 / rulesetHash less than or equal to */
  rulesetHashLTE?: InputMaybe<Scalars['String']['input']>;
  /** 规则集哈希 不等于 / rulesetHash not equal to */
  rulesetHashNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 规则集哈希 不在列表中 / rulesetHash not in the list */
  rulesetHashNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 同步格式 等于 / syncFormat equals */
  syncFormat?: InputMaybe<Scalars['Int']['input']>;
  /** 同步格式 大于 / syncFormat greater than */
  syncFormatGT?: InputMaybe<Scalars['Int']['input']>;
  /** 同步格式 大于等于 / syncFormat greater than or equal to */
  syncFormatGTE?: InputMaybe<Scalars['Int']['input']>;
  /** 同步格式 在列表中 / syncFormat in the list */
  syncFormatIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** 同步格式 小于 / syncFormat less than */
  syncFormatLT?: InputMaybe<Scalars['Int']['input']>;
  /** 同步格式 小于等于 / syncFormat less than or equal to */
  syncFormatLTE?: InputMaybe<Scalars['Int']['input']>;
  /** 同步格式 不等于 / syncFormat not equal to */
  syncFormatNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** 同步格式 不在列表中 / syncFormat not in the list */
  syncFormatNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** 同步时间 等于 / syncedAt equals */
  syncedAt?: InputMaybe<Scalars['Time']['input']>;
  /** 同步时间 大于 / syncedAt greater than */
  syncedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** 同步时间 大于等于 / syncedAt greater than or equal to */
  syncedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** 同步时间 在列表中 / syncedAt in the list */
  syncedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 同步时间 小于 / syncedAt less than */
  syncedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** 同步时间 小于等于 / syncedAt less than or equal to */
  syncedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** 同步时间 不等于 / syncedAt not equal to */
  syncedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** 同步时间 不在列表中 / syncedAt not in the list */
  syncedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
};

/** 不公开招标的理由 / Reason recorded for not using open tender (不公开招标的理由). */
export type ProcurementException =
  /** 其他 / other */
  | 'OTHER'
  /** 性质特殊 / special in nature */
  | 'SPECIAL_NATURE'
  /** 技术复杂 / technically complex */
  | 'TECHNICALLY_COMPLEX';

/** 采购方式 / How the contractor was chosen (采购方式). */
export type ProcurementMethod =
  /** 比选 / comparative selection */
  | 'COMPARISON'
  /** 竞争性磋商 / competitive consultation */
  | 'CONSULTATION'
  /** 邀请招标 / invited tender */
  | 'INVITED_TENDER'
  /** 竞争性谈判 / competitive negotiation */
  | 'NEGOTIATION'
  /** 公开招标 / open tender */
  | 'OPEN_TENDER'
  /** 其他 / other */
  | 'OTHER'
  /** 询价 / request for quotations */
  | 'REQUEST_FOR_QUOTES'
  /** 单一来源 / single source */
  | 'SINGLE_SOURCE';

/** 备案记录 的排序 / Ordering of ProjectFiling. */
export type ProjectFilingOrder = {
  /** 排序方向 / the direction to order by */
  direction?: OrderDirection;
  /** 排序字段 / the field to order by */
  field: ProjectFilingOrderField;
};

/** 备案记录 的排序字段 / Fields ProjectFiling can be ordered by. */
export type ProjectFilingOrderField =
  /** 按创建时间排序 / order by created_at */
  | 'CREATED_AT'
  /** 按备案日期排序 / order by filed_on */
  | 'FILED_ON';

/** 备案记录 的筛选条件 / A filter on ProjectFiling; the fields combine with AND. */
export type ProjectFilingWhereInput = {
  /** 全部满足 / all of these filters match */
  and?: InputMaybe<Array<ProjectFilingWhereInput>>;
  /** 创建时间 等于 / createdAt equals */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 大于 / createdAt greater than */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 大于等于 / createdAt greater than or equal to */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 在列表中 / createdAt in the list */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 创建时间 小于 / createdAt less than */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 小于等于 / createdAt less than or equal to */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 不等于 / createdAt not equal to */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 不在列表中 / createdAt not in the list */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 备案文件 等于 / document equals */
  document?: InputMaybe<Scalars['String']['input']>;
  /** 备案文件 包含 / document contains */
  documentContains?: InputMaybe<Scalars['String']['input']>;
  /** 备案文件 包含(不区分大小写) / document contains, case-insensitive */
  documentContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 备案文件 等于(不区分大小写) / document equals, case-insensitive */
  documentEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 备案文件 大于 / document greater than */
  documentGT?: InputMaybe<Scalars['String']['input']>;
  /** 备案文件 大于等于 / document greater than or equal to */
  documentGTE?: InputMaybe<Scalars['String']['input']>;
  /** 备案文件 开头是 / document starts with */
  documentHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 备案文件 结尾是 / document ends with */
  documentHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 备案文件 在列表中 / document in the list */
  documentIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 备案文件 小于 / document less than */
  documentLT?: InputMaybe<Scalars['String']['input']>;
  /** 备案文件 小于等于 / document less than or equal to */
  documentLTE?: InputMaybe<Scalars['String']['input']>;
  /** 备案文件 不等于 / document not equal to */
  documentNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 备案文件 不在列表中 / document not in the list */
  documentNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 备案日期 等于 / filedOn equals */
  filedOn?: InputMaybe<Scalars['Date']['input']>;
  /** 备案日期 大于 / filedOn greater than */
  filedOnGT?: InputMaybe<Scalars['Date']['input']>;
  /** 备案日期 大于等于 / filedOn greater than or equal to */
  filedOnGTE?: InputMaybe<Scalars['Date']['input']>;
  /** 备案日期 在列表中 / filedOn in the list */
  filedOnIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 备案日期 为空 / filedOn is null */
  filedOnIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 备案日期 小于 / filedOn less than */
  filedOnLT?: InputMaybe<Scalars['Date']['input']>;
  /** 备案日期 小于等于 / filedOn less than or equal to */
  filedOnLTE?: InputMaybe<Scalars['Date']['input']>;
  /** 备案日期 不等于 / filedOn not equal to */
  filedOnNEQ?: InputMaybe<Scalars['Date']['input']>;
  /** 备案日期 不在列表中 / filedOn not in the list */
  filedOnNotIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 备案日期 非空 / filedOn is not null */
  filedOnNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 备案机关级别 等于 / filedWith equals */
  filedWith?: InputMaybe<AdminLevel>;
  /** 备案机关级别 在列表中 / filedWith in the list */
  filedWithIn?: InputMaybe<Array<AdminLevel>>;
  /** 备案机关级别 为空 / filedWith is null */
  filedWithIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 备案机关级别 不等于 / filedWith not equal to */
  filedWithNEQ?: InputMaybe<AdminLevel>;
  /** 备案机关级别 不在列表中 / filedWith not in the list */
  filedWithNotIn?: InputMaybe<Array<AdminLevel>>;
  /** 备案机关级别 非空 / filedWith is not null */
  filedWithNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 所属项目 存在 / has at least one related project */
  hasProject?: InputMaybe<Scalars['Boolean']['input']>;
  /** 所属项目 满足条件 / has a related project matching the filter */
  hasProjectWith?: InputMaybe<Array<ProjectWhereInput>>;
  /** 编号 等于 / id equals */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 大于 / id greater than */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 大于等于 / id greater than or equal to */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 在列表中 / id in the list */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 编号 小于 / id less than */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 小于等于 / id less than or equal to */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 不等于 / id not equal to */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 不在列表中 / id not in the list */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 不满足 / this filter does not match */
  not?: InputMaybe<ProjectFilingWhereInput>;
  /** 任一满足 / any of these filters matches */
  or?: InputMaybe<Array<ProjectFilingWhereInput>>;
  /** 更新时间 等于 / updatedAt equals */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 大于 / updatedAt greater than */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 大于等于 / updatedAt greater than or equal to */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 在列表中 / updatedAt in the list */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 更新时间 小于 / updatedAt less than */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 小于等于 / updatedAt less than or equal to */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 不等于 / updatedAt not equal to */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 不在列表中 / updatedAt not in the list */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
};

/** 政府购买社会工作服务项目 的排序 / Ordering of Project. */
export type ProjectOrder = {
  /** 排序方向 / the direction to order by */
  direction?: OrderDirection;
  /** 排序字段 / the field to order by */
  field: ProjectOrderField;
};

/** 政府购买社会工作服务项目 的排序字段 / Fields Project can be ordered by. */
export type ProjectOrderField =
  /** 按创建时间排序 / order by created_at */
  | 'CREATED_AT'
  /** 按服务领域排序 / order by domain */
  | 'DOMAIN'
  /** 按服务结束日期排序 / order by ends_on */
  | 'ENDS_ON'
  /** 按购买岗位总数排序 / order by headcount */
  | 'HEADCOUNT'
  /** 按项目名称排序 / order by name */
  | 'NAME'
  /** 按服务开始日期排序 / order by starts_on */
  | 'STARTS_ON';

/** 项目类别 / programme, for rules that govern one programme only: STATION 乡镇(街道)社会工作服务站项目 (湖南 禾计划), PARTY_MASS_CENTRE 社区党群服务中心社会工作服务项目; empty for an ordinary purchased service */
export type ProjectProgramme =
  /** 社区党群服务中心社会工作服务项目 / social-work service project of a community party-and-mass service centre */
  | 'PARTY_MASS_CENTRE'
  /** 乡镇(街道)社会工作服务站项目 / township (street) social-work station programme, e.g. Hunan's 禾计划 */
  | 'STATION';

/** 项目 / A government-purchased social-work project as the rules see it. */
export type ProjectSpecInput = {
  /** 预算明细；缺省表示未提供 / budget lines; omitted means not given */
  budget?: InputMaybe<Array<BudgetLineInput>>;
  /** 向财政部门申报预算日期；缺省表示未提供 / day the budget was declared to the finance department (申报预算); omitted means not given */
  budgetDeclaredOn?: InputMaybe<Scalars['Date']['input']>;
  /** 服务协议载明的内容，按文件用语逐项填写，如 服务内容、目标任务、违约责任；缺省表示未提供，空列表表示协议未载明任何内容 / the matters the service agreement states (服务协议载明的内容), named as the documents name them, e.g. 服务内容, 目标任务, 违约责任; omitted means not given, an empty list means it states none */
  contractClauses?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 服务协议签订方数；缺省表示未提供 / how many parties signed the service agreement (服务协议签订方数); omitted means not given */
  contractParties?: InputMaybe<Scalars['Int']['input']>;
  /** 合同签订日期 / date the contract was signed */
  contractSignedOn?: InputMaybe<Scalars['Date']['input']>;
  /** 服务周期（年）/ contract cycle in years */
  cycleYears?: InputMaybe<Scalars['Int']['input']>;
  /** 服务领域：共享编码（DOM-MENTAL）或地区自己的用语（精神卫生）/ service domain: a shared code or the region's own term */
  domain: Scalars['String']['input'];
  /** 项目设立日期；缺省表示未提供 / day the project was set up (项目设立日期); omitted means not given */
  establishedOn?: InputMaybe<Scalars['Date']['input']>;
  /** 项目评估记录；缺省表示未提供，评估类规则答 INSUFFICIENT_INPUT；空列表表示没有任何评估 / the project's evaluations; omitted means not given, and evaluation rules answer INSUFFICIENT_INPUT; an empty list means none were made */
  evaluations?: InputMaybe<Array<EvaluationSpecInput>>;
  /** 向上级备案的文件；缺省表示未提供，空列表表示未备案任何文件 / documents filed with a higher authority (备案); omitted means not given, an empty list means nothing filed */
  filings?: InputMaybe<Array<FilingInput>>;
  /** 经费来源，如 福彩公益金、财政预算经费；缺省表示未提供，空列表表示没有任何来源 / where the money comes from (经费来源), e.g. 福彩公益金, 财政预算经费; omitted means not given, an empty list means none */
  fundingSources?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 资金年度，如 2024；缺省表示未提供 / budget year of the project's money (资金年度), e.g. 2024; omitted means not given */
  fundingYear?: InputMaybe<Scalars['Int']['input']>;
  /** 购买岗位总数，至少 1；所列社工不得多于此数 / funded positions, at least 1; the listed workers must not outnumber them */
  headcount: Scalars['Int']['input'];
  /** 评审委员会审议通过入库日期；缺省表示未提供或未入库 / day the review committee approved the project into the project library (入库); omitted when not given or not approved */
  libraryApprovedOn?: InputMaybe<Scalars['Date']['input']>;
  /** 项目所在区(县)设定的整体打包标准（元/人/年）；缺省表示未设定或未提供 / package standard per funded person-year set by the project's district or county (区级整体打包标准, yuan); omitted when none is set or not given */
  localPackageStandard?: InputMaybe<Scalars['Money']['input']>;
  /** 预算覆盖的服务月数，至少 1；省略时按 12 / service months the budget covers, at least 1; omitted means 12 (0 is refused, never read as 12) */
  months?: InputMaybe<Scalars['Int']['input']>;
  /** 不公开招标的理由；缺省表示未记录理由 / the reason recorded for not using open tender (不公开招标的理由); omitted when none is recorded */
  procurementException?: InputMaybe<ProcurementException>;
  /** 采购方式；缺省表示未提供 / how the contractor was chosen (采购方式); omitted means not given */
  procurementMethod?: InputMaybe<ProcurementMethod>;
  /** 专业岗位数 / professional posts among them */
  professionalPosts?: InputMaybe<Scalars['Int']['input']>;
  /** 项目类别：STATION 为乡镇(街道)社工站项目（湖南禾计划只规范此类），PARTY_MASS_CENTRE 为社区党群服务中心社会工作服务项目；缺省为一般购买服务 / programme: STATION for a township-station project (the only kind Hunan's 禾计划 governs), PARTY_MASS_CENTRE for a community party-and-mass service centre project; omitted for an ordinary purchased service */
  programme?: InputMaybe<ProjectProgramme>;
  /** 购买方式：POST 岗位购买，PROJECT 项目购买；缺省表示未提供，规范购买方式的规则答 INSUFFICIENT_INPUT / purchase mode: POST (per post) or PROJECT (per project); omitted means not given, and rules on the mode answer INSUFFICIENT_INPUT */
  purchaseMode?: InputMaybe<PurchaseMode>;
  /** 购买主体（级别、类型）；缺省表示未提供 / who buys the service (购买主体): its level and type; omitted means not given */
  purchaser?: InputMaybe<PurchaserInput>;
  /** 承接机构已提交的报告（月度简报、中期、末期）；缺省表示未提供，空列表表示未提交任何报告 / reports the contractor has submitted (月度工作简报、中期、末期报告); omitted means not given, an empty list means none submitted */
  reports?: InputMaybe<Array<ContractorReportInput>>;
  /** 服务层级（TOWNSHIP、VILLAGE 为基层）；缺省表示未提供 / administrative level at which the service is delivered (服务层级; TOWNSHIP and VILLAGE are 基层, grassroots); omitted means not given */
  serviceLevel?: InputMaybe<AdminLevel>;
  /** 项目设计（方案）已明确的内容，如 需求调查、岗位数量、服务标准；缺省表示未提供，空列表表示均未明确 / what the project design states (项目设计/方案已明确的内容), e.g. 需求调查, 岗位数量, 服务标准; omitted means not given, an empty list means none */
  specification?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 接受督导的社工人数 / workers receiving supervision */
  supervisedWorkers?: InputMaybe<Scalars['Int']['input']>;
  /** 项目社工 / the workers staffing it */
  workers?: InputMaybe<Array<WorkerSpecInput>>;
};

/** 政府购买社会工作服务项目 的筛选条件 / A filter on Project; the fields combine with AND. */
export type ProjectWhereInput = {
  /** 全部满足 / all of these filters match */
  and?: InputMaybe<Array<ProjectWhereInput>>;
  /** 预算申报日期 等于 / budgetDeclaredOn equals */
  budgetDeclaredOn?: InputMaybe<Scalars['Date']['input']>;
  /** 预算申报日期 大于 / budgetDeclaredOn greater than */
  budgetDeclaredOnGT?: InputMaybe<Scalars['Date']['input']>;
  /** 预算申报日期 大于等于 / budgetDeclaredOn greater than or equal to */
  budgetDeclaredOnGTE?: InputMaybe<Scalars['Date']['input']>;
  /** 预算申报日期 在列表中 / budgetDeclaredOn in the list */
  budgetDeclaredOnIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 预算申报日期 为空 / budgetDeclaredOn is null */
  budgetDeclaredOnIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 预算申报日期 小于 / budgetDeclaredOn less than */
  budgetDeclaredOnLT?: InputMaybe<Scalars['Date']['input']>;
  /** 预算申报日期 小于等于 / budgetDeclaredOn less than or equal to */
  budgetDeclaredOnLTE?: InputMaybe<Scalars['Date']['input']>;
  /** 预算申报日期 不等于 / budgetDeclaredOn not equal to */
  budgetDeclaredOnNEQ?: InputMaybe<Scalars['Date']['input']>;
  /** 预算申报日期 不在列表中 / budgetDeclaredOn not in the list */
  budgetDeclaredOnNotIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 预算申报日期 非空 / budgetDeclaredOn is not null */
  budgetDeclaredOnNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 服务协议签订方数 等于 / contractParties equals */
  contractParties?: InputMaybe<Scalars['Int']['input']>;
  /** 服务协议签订方数 大于 / contractParties greater than */
  contractPartiesGT?: InputMaybe<Scalars['Int']['input']>;
  /** 服务协议签订方数 大于等于 / contractParties greater than or equal to */
  contractPartiesGTE?: InputMaybe<Scalars['Int']['input']>;
  /** 服务协议签订方数 在列表中 / contractParties in the list */
  contractPartiesIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** 服务协议签订方数 为空 / contractParties is null */
  contractPartiesIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 服务协议签订方数 小于 / contractParties less than */
  contractPartiesLT?: InputMaybe<Scalars['Int']['input']>;
  /** 服务协议签订方数 小于等于 / contractParties less than or equal to */
  contractPartiesLTE?: InputMaybe<Scalars['Int']['input']>;
  /** 服务协议签订方数 不等于 / contractParties not equal to */
  contractPartiesNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** 服务协议签订方数 不在列表中 / contractParties not in the list */
  contractPartiesNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** 服务协议签订方数 非空 / contractParties is not null */
  contractPartiesNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 合同签订日期 等于 / contractSignedOn equals */
  contractSignedOn?: InputMaybe<Scalars['Date']['input']>;
  /** 合同签订日期 大于 / contractSignedOn greater than */
  contractSignedOnGT?: InputMaybe<Scalars['Date']['input']>;
  /** 合同签订日期 大于等于 / contractSignedOn greater than or equal to */
  contractSignedOnGTE?: InputMaybe<Scalars['Date']['input']>;
  /** 合同签订日期 在列表中 / contractSignedOn in the list */
  contractSignedOnIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 合同签订日期 为空 / contractSignedOn is null */
  contractSignedOnIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 合同签订日期 小于 / contractSignedOn less than */
  contractSignedOnLT?: InputMaybe<Scalars['Date']['input']>;
  /** 合同签订日期 小于等于 / contractSignedOn less than or equal to */
  contractSignedOnLTE?: InputMaybe<Scalars['Date']['input']>;
  /** 合同签订日期 不等于 / contractSignedOn not equal to */
  contractSignedOnNEQ?: InputMaybe<Scalars['Date']['input']>;
  /** 合同签订日期 不在列表中 / contractSignedOn not in the list */
  contractSignedOnNotIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 合同签订日期 非空 / contractSignedOn is not null */
  contractSignedOnNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 创建时间 等于 / createdAt equals */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 大于 / createdAt greater than */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 大于等于 / createdAt greater than or equal to */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 在列表中 / createdAt in the list */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 创建时间 小于 / createdAt less than */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 小于等于 / createdAt less than or equal to */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 不等于 / createdAt not equal to */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 不在列表中 / createdAt not in the list */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 服务周期(年) 等于 / cycleYears equals */
  cycleYears?: InputMaybe<Scalars['Int']['input']>;
  /** 服务周期(年) 大于 / cycleYears greater than */
  cycleYearsGT?: InputMaybe<Scalars['Int']['input']>;
  /** 服务周期(年) 大于等于 / cycleYears greater than or equal to */
  cycleYearsGTE?: InputMaybe<Scalars['Int']['input']>;
  /** 服务周期(年) 在列表中 / cycleYears in the list */
  cycleYearsIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** 服务周期(年) 小于 / cycleYears less than */
  cycleYearsLT?: InputMaybe<Scalars['Int']['input']>;
  /** 服务周期(年) 小于等于 / cycleYears less than or equal to */
  cycleYearsLTE?: InputMaybe<Scalars['Int']['input']>;
  /** 服务周期(年) 不等于 / cycleYears not equal to */
  cycleYearsNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** 服务周期(年) 不在列表中 / cycleYears not in the list */
  cycleYearsNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** 服务领域 等于 / domain equals */
  domain?: InputMaybe<Scalars['String']['input']>;
  /** 服务领域 包含 / domain contains */
  domainContains?: InputMaybe<Scalars['String']['input']>;
  /** 服务领域 包含(不区分大小写) / domain contains, case-insensitive */
  domainContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 服务领域 等于(不区分大小写) / domain equals, case-insensitive */
  domainEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 服务领域 大于 / domain greater than */
  domainGT?: InputMaybe<Scalars['String']['input']>;
  /** 服务领域 大于等于 / domain greater than or equal to */
  domainGTE?: InputMaybe<Scalars['String']['input']>;
  /** 服务领域 开头是 / domain starts with */
  domainHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 服务领域 结尾是 / domain ends with */
  domainHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 服务领域 在列表中 / domain in the list */
  domainIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 服务领域 小于 / domain less than */
  domainLT?: InputMaybe<Scalars['String']['input']>;
  /** 服务领域 小于等于 / domain less than or equal to */
  domainLTE?: InputMaybe<Scalars['String']['input']>;
  /** 服务领域 不等于 / domain not equal to */
  domainNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 服务领域 不在列表中 / domain not in the list */
  domainNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 服务结束日期 等于 / endsOn equals */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** 服务结束日期 大于 / endsOn greater than */
  endsOnGT?: InputMaybe<Scalars['Date']['input']>;
  /** 服务结束日期 大于等于 / endsOn greater than or equal to */
  endsOnGTE?: InputMaybe<Scalars['Date']['input']>;
  /** 服务结束日期 在列表中 / endsOn in the list */
  endsOnIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 服务结束日期 小于 / endsOn less than */
  endsOnLT?: InputMaybe<Scalars['Date']['input']>;
  /** 服务结束日期 小于等于 / endsOn less than or equal to */
  endsOnLTE?: InputMaybe<Scalars['Date']['input']>;
  /** 服务结束日期 不等于 / endsOn not equal to */
  endsOnNEQ?: InputMaybe<Scalars['Date']['input']>;
  /** 服务结束日期 不在列表中 / endsOn not in the list */
  endsOnNotIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 项目设立日期 等于 / establishedOn equals */
  establishedOn?: InputMaybe<Scalars['Date']['input']>;
  /** 项目设立日期 大于 / establishedOn greater than */
  establishedOnGT?: InputMaybe<Scalars['Date']['input']>;
  /** 项目设立日期 大于等于 / establishedOn greater than or equal to */
  establishedOnGTE?: InputMaybe<Scalars['Date']['input']>;
  /** 项目设立日期 在列表中 / establishedOn in the list */
  establishedOnIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 项目设立日期 为空 / establishedOn is null */
  establishedOnIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 项目设立日期 小于 / establishedOn less than */
  establishedOnLT?: InputMaybe<Scalars['Date']['input']>;
  /** 项目设立日期 小于等于 / establishedOn less than or equal to */
  establishedOnLTE?: InputMaybe<Scalars['Date']['input']>;
  /** 项目设立日期 不等于 / establishedOn not equal to */
  establishedOnNEQ?: InputMaybe<Scalars['Date']['input']>;
  /** 项目设立日期 不在列表中 / establishedOn not in the list */
  establishedOnNotIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 项目设立日期 非空 / establishedOn is not null */
  establishedOnNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 资金年度 等于 / fundingYear equals */
  fundingYear?: InputMaybe<Scalars['Int']['input']>;
  /** 资金年度 大于 / fundingYear greater than */
  fundingYearGT?: InputMaybe<Scalars['Int']['input']>;
  /** 资金年度 大于等于 / fundingYear greater than or equal to */
  fundingYearGTE?: InputMaybe<Scalars['Int']['input']>;
  /** 资金年度 在列表中 / fundingYear in the list */
  fundingYearIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** 资金年度 为空 / fundingYear is null */
  fundingYearIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 资金年度 小于 / fundingYear less than */
  fundingYearLT?: InputMaybe<Scalars['Int']['input']>;
  /** 资金年度 小于等于 / fundingYear less than or equal to */
  fundingYearLTE?: InputMaybe<Scalars['Int']['input']>;
  /** 资金年度 不等于 / fundingYear not equal to */
  fundingYearNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** 资金年度 不在列表中 / fundingYear not in the list */
  fundingYearNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** 资金年度 非空 / fundingYear is not null */
  fundingYearNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 合规评估记录 存在 / has at least one related assessments */
  hasAssessments?: InputMaybe<Scalars['Boolean']['input']>;
  /** 合规评估记录 满足条件 / has a related assessments matching the filter */
  hasAssessmentsWith?: InputMaybe<Array<AssessmentWhereInput>>;
  /** 预算明细 存在 / has at least one related budgetLines */
  hasBudgetLines?: InputMaybe<Scalars['Boolean']['input']>;
  /** 预算明细 满足条件 / has a related budgetLines matching the filter */
  hasBudgetLinesWith?: InputMaybe<Array<BudgetLineWhereInput>>;
  /** 承接机构 存在 / has at least one related contractor */
  hasContractor?: InputMaybe<Scalars['Boolean']['input']>;
  /** 承接机构 满足条件 / has a related contractor matching the filter */
  hasContractorWith?: InputMaybe<Array<OrganizationWhereInput>>;
  /** 评估 存在 / has at least one related evaluations */
  hasEvaluations?: InputMaybe<Scalars['Boolean']['input']>;
  /** 评估 满足条件 / has a related evaluations matching the filter */
  hasEvaluationsWith?: InputMaybe<Array<PerformanceEvaluationWhereInput>>;
  /** 备案记录 存在 / has at least one related filings */
  hasFilings?: InputMaybe<Scalars['Boolean']['input']>;
  /** 备案记录 满足条件 / has a related filings matching the filter */
  hasFilingsWith?: InputMaybe<Array<ProjectFilingWhereInput>>;
  /** 所在地区 存在 / has at least one related region */
  hasRegion?: InputMaybe<Scalars['Boolean']['input']>;
  /** 所在地区 满足条件 / has a related region matching the filter */
  hasRegionWith?: InputMaybe<Array<RegionWhereInput>>;
  /** 承接机构报告 存在 / has at least one related reports */
  hasReports?: InputMaybe<Scalars['Boolean']['input']>;
  /** 承接机构报告 满足条件 / has a related reports matching the filter */
  hasReportsWith?: InputMaybe<Array<ContractorReportWhereInput>>;
  /** 项目社工 存在 / has at least one related workers */
  hasWorkers?: InputMaybe<Scalars['Boolean']['input']>;
  /** 项目社工 满足条件 / has a related workers matching the filter */
  hasWorkersWith?: InputMaybe<Array<SocialWorkerWhereInput>>;
  /** 购买岗位总数 等于 / headcount equals */
  headcount?: InputMaybe<Scalars['Int']['input']>;
  /** 购买岗位总数 大于 / headcount greater than */
  headcountGT?: InputMaybe<Scalars['Int']['input']>;
  /** 购买岗位总数 大于等于 / headcount greater than or equal to */
  headcountGTE?: InputMaybe<Scalars['Int']['input']>;
  /** 购买岗位总数 在列表中 / headcount in the list */
  headcountIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** 购买岗位总数 小于 / headcount less than */
  headcountLT?: InputMaybe<Scalars['Int']['input']>;
  /** 购买岗位总数 小于等于 / headcount less than or equal to */
  headcountLTE?: InputMaybe<Scalars['Int']['input']>;
  /** 购买岗位总数 不等于 / headcount not equal to */
  headcountNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** 购买岗位总数 不在列表中 / headcount not in the list */
  headcountNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** 编号 等于 / id equals */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 大于 / id greater than */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 大于等于 / id greater than or equal to */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 在列表中 / id in the list */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 编号 小于 / id less than */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 小于等于 / id less than or equal to */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 不等于 / id not equal to */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 不在列表中 / id not in the list */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 入库审议通过日期 等于 / libraryApprovedOn equals */
  libraryApprovedOn?: InputMaybe<Scalars['Date']['input']>;
  /** 入库审议通过日期 大于 / libraryApprovedOn greater than */
  libraryApprovedOnGT?: InputMaybe<Scalars['Date']['input']>;
  /** 入库审议通过日期 大于等于 / libraryApprovedOn greater than or equal to */
  libraryApprovedOnGTE?: InputMaybe<Scalars['Date']['input']>;
  /** 入库审议通过日期 在列表中 / libraryApprovedOn in the list */
  libraryApprovedOnIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 入库审议通过日期 为空 / libraryApprovedOn is null */
  libraryApprovedOnIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 入库审议通过日期 小于 / libraryApprovedOn less than */
  libraryApprovedOnLT?: InputMaybe<Scalars['Date']['input']>;
  /** 入库审议通过日期 小于等于 / libraryApprovedOn less than or equal to */
  libraryApprovedOnLTE?: InputMaybe<Scalars['Date']['input']>;
  /** 入库审议通过日期 不等于 / libraryApprovedOn not equal to */
  libraryApprovedOnNEQ?: InputMaybe<Scalars['Date']['input']>;
  /** 入库审议通过日期 不在列表中 / libraryApprovedOn not in the list */
  libraryApprovedOnNotIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 入库审议通过日期 非空 / libraryApprovedOn is not null */
  libraryApprovedOnNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 区级整体打包标准(分) 等于 / localPackageStandard equals */
  localPackageStandard?: InputMaybe<Scalars['Money']['input']>;
  /** 区级整体打包标准(分) 大于 / localPackageStandard greater than */
  localPackageStandardGT?: InputMaybe<Scalars['Money']['input']>;
  /** 区级整体打包标准(分) 大于等于 / localPackageStandard greater than or equal to */
  localPackageStandardGTE?: InputMaybe<Scalars['Money']['input']>;
  /** 区级整体打包标准(分) 在列表中 / localPackageStandard in the list */
  localPackageStandardIn?: InputMaybe<Array<Scalars['Money']['input']>>;
  /** 区级整体打包标准(分) 为空 / localPackageStandard is null */
  localPackageStandardIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 区级整体打包标准(分) 小于 / localPackageStandard less than */
  localPackageStandardLT?: InputMaybe<Scalars['Money']['input']>;
  /** 区级整体打包标准(分) 小于等于 / localPackageStandard less than or equal to */
  localPackageStandardLTE?: InputMaybe<Scalars['Money']['input']>;
  /** 区级整体打包标准(分) 不等于 / localPackageStandard not equal to */
  localPackageStandardNEQ?: InputMaybe<Scalars['Money']['input']>;
  /** 区级整体打包标准(分) 不在列表中 / localPackageStandard not in the list */
  localPackageStandardNotIn?: InputMaybe<Array<Scalars['Money']['input']>>;
  /** 区级整体打包标准(分) 非空 / localPackageStandard is not null */
  localPackageStandardNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 项目名称 等于 / name equals */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 项目名称 包含 / name contains */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** 项目名称 包含(不区分大小写) / name contains, case-insensitive */
  nameContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 项目名称 等于(不区分大小写) / name equals, case-insensitive */
  nameEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 项目名称 大于 / name greater than */
  nameGT?: InputMaybe<Scalars['String']['input']>;
  /** 项目名称 大于等于 / name greater than or equal to */
  nameGTE?: InputMaybe<Scalars['String']['input']>;
  /** 项目名称 开头是 / name starts with */
  nameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 项目名称 结尾是 / name ends with */
  nameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 项目名称 在列表中 / name in the list */
  nameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 项目名称 小于 / name less than */
  nameLT?: InputMaybe<Scalars['String']['input']>;
  /** 项目名称 小于等于 / name less than or equal to */
  nameLTE?: InputMaybe<Scalars['String']['input']>;
  /** 项目名称 不等于 / name not equal to */
  nameNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 项目名称 不在列表中 / name not in the list */
  nameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 不满足 / this filter does not match */
  not?: InputMaybe<ProjectWhereInput>;
  /** 任一满足 / any of these filters matches */
  or?: InputMaybe<Array<ProjectWhereInput>>;
  /** 不公开招标的理由 等于 / procurementException equals */
  procurementException?: InputMaybe<ProcurementException>;
  /** 不公开招标的理由 在列表中 / procurementException in the list */
  procurementExceptionIn?: InputMaybe<Array<ProcurementException>>;
  /** 不公开招标的理由 为空 / procurementException is null */
  procurementExceptionIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 不公开招标的理由 不等于 / procurementException not equal to */
  procurementExceptionNEQ?: InputMaybe<ProcurementException>;
  /** 不公开招标的理由 不在列表中 / procurementException not in the list */
  procurementExceptionNotIn?: InputMaybe<Array<ProcurementException>>;
  /** 不公开招标的理由 非空 / procurementException is not null */
  procurementExceptionNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 采购方式 等于 / procurementMethod equals */
  procurementMethod?: InputMaybe<ProcurementMethod>;
  /** 采购方式 在列表中 / procurementMethod in the list */
  procurementMethodIn?: InputMaybe<Array<ProcurementMethod>>;
  /** 采购方式 为空 / procurementMethod is null */
  procurementMethodIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 采购方式 不等于 / procurementMethod not equal to */
  procurementMethodNEQ?: InputMaybe<ProcurementMethod>;
  /** 采购方式 不在列表中 / procurementMethod not in the list */
  procurementMethodNotIn?: InputMaybe<Array<ProcurementMethod>>;
  /** 采购方式 非空 / procurementMethod is not null */
  procurementMethodNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 专业岗位数 等于 / professionalPosts equals */
  professionalPosts?: InputMaybe<Scalars['Int']['input']>;
  /** 专业岗位数 大于 / professionalPosts greater than */
  professionalPostsGT?: InputMaybe<Scalars['Int']['input']>;
  /** 专业岗位数 大于等于 / professionalPosts greater than or equal to */
  professionalPostsGTE?: InputMaybe<Scalars['Int']['input']>;
  /** 专业岗位数 在列表中 / professionalPosts in the list */
  professionalPostsIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** 专业岗位数 小于 / professionalPosts less than */
  professionalPostsLT?: InputMaybe<Scalars['Int']['input']>;
  /** 专业岗位数 小于等于 / professionalPosts less than or equal to */
  professionalPostsLTE?: InputMaybe<Scalars['Int']['input']>;
  /** 专业岗位数 不等于 / professionalPosts not equal to */
  professionalPostsNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** 专业岗位数 不在列表中 / professionalPosts not in the list */
  professionalPostsNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** 项目类别 等于 / programme equals */
  programme?: InputMaybe<ProjectProgramme>;
  /** 项目类别 在列表中 / programme in the list */
  programmeIn?: InputMaybe<Array<ProjectProgramme>>;
  /** 项目类别 为空 / programme is null */
  programmeIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 项目类别 不等于 / programme not equal to */
  programmeNEQ?: InputMaybe<ProjectProgramme>;
  /** 项目类别 不在列表中 / programme not in the list */
  programmeNotIn?: InputMaybe<Array<ProjectProgramme>>;
  /** 项目类别 非空 / programme is not null */
  programmeNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 购买方式 等于 / purchaseMode equals */
  purchaseMode?: InputMaybe<PurchaseMode>;
  /** 购买方式 在列表中 / purchaseMode in the list */
  purchaseModeIn?: InputMaybe<Array<PurchaseMode>>;
  /** 购买方式 不等于 / purchaseMode not equal to */
  purchaseModeNEQ?: InputMaybe<PurchaseMode>;
  /** 购买方式 不在列表中 / purchaseMode not in the list */
  purchaseModeNotIn?: InputMaybe<Array<PurchaseMode>>;
  /** 购买主体 等于 / purchaser equals */
  purchaser?: InputMaybe<Scalars['String']['input']>;
  /** 购买主体 包含 / purchaser contains */
  purchaserContains?: InputMaybe<Scalars['String']['input']>;
  /** 购买主体 包含(不区分大小写) / purchaser contains, case-insensitive */
  purchaserContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 购买主体 等于(不区分大小写) / purchaser equals, case-insensitive */
  purchaserEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 购买主体 大于 / purchaser greater than */
  purchaserGT?: InputMaybe<Scalars['String']['input']>;
  /** 购买主体 大于等于 / purchaser greater than or equal to */
  purchaserGTE?: InputMaybe<Scalars['String']['input']>;
  /** 购买主体 开头是 / purchaser starts with */
  purchaserHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 购买主体 结尾是 / purchaser ends with */
  purchaserHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 购买主体 在列表中 / purchaser in the list */
  purchaserIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 购买主体 小于 / purchaser less than */
  purchaserLT?: InputMaybe<Scalars['String']['input']>;
  /** 购买主体 小于等于 / purchaser less than or equal to */
  purchaserLTE?: InputMaybe<Scalars['String']['input']>;
  /** 购买主体行政级别 等于 / purchaserLevel equals */
  purchaserLevel?: InputMaybe<AdminLevel>;
  /** 购买主体行政级别 在列表中 / purchaserLevel in the list */
  purchaserLevelIn?: InputMaybe<Array<AdminLevel>>;
  /** 购买主体行政级别 为空 / purchaserLevel is null */
  purchaserLevelIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 购买主体行政级别 不等于 / purchaserLevel not equal to */
  purchaserLevelNEQ?: InputMaybe<AdminLevel>;
  /** 购买主体行政级别 不在列表中 / purchaserLevel not in the list */
  purchaserLevelNotIn?: InputMaybe<Array<AdminLevel>>;
  /** 购买主体行政级别 非空 / purchaserLevel is not null */
  purchaserLevelNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 购买主体 不等于 / purchaser not equal to */
  purchaserNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 购买主体 不在列表中 / purchaser not in the list */
  purchaserNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 购买主体类型 等于 / purchaserType equals */
  purchaserType?: InputMaybe<PurchaserType>;
  /** 购买主体类型 在列表中 / purchaserType in the list */
  purchaserTypeIn?: InputMaybe<Array<PurchaserType>>;
  /** 购买主体类型 为空 / purchaserType is null */
  purchaserTypeIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 购买主体类型 不等于 / purchaserType not equal to */
  purchaserTypeNEQ?: InputMaybe<PurchaserType>;
  /** 购买主体类型 不在列表中 / purchaserType not in the list */
  purchaserTypeNotIn?: InputMaybe<Array<PurchaserType>>;
  /** 购买主体类型 非空 / purchaserType is not null */
  purchaserTypeNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 服务层级 等于 / serviceLevel equals */
  serviceLevel?: InputMaybe<AdminLevel>;
  /** 服务层级 在列表中 / serviceLevel in the list */
  serviceLevelIn?: InputMaybe<Array<AdminLevel>>;
  /** 服务层级 为空 / serviceLevel is null */
  serviceLevelIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 服务层级 不等于 / serviceLevel not equal to */
  serviceLevelNEQ?: InputMaybe<AdminLevel>;
  /** 服务层级 不在列表中 / serviceLevel not in the list */
  serviceLevelNotIn?: InputMaybe<Array<AdminLevel>>;
  /** 服务层级 非空 / serviceLevel is not null */
  serviceLevelNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 服务开始日期 等于 / startsOn equals */
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  /** 服务开始日期 大于 / startsOn greater than */
  startsOnGT?: InputMaybe<Scalars['Date']['input']>;
  /** 服务开始日期 大于等于 / startsOn greater than or equal to */
  startsOnGTE?: InputMaybe<Scalars['Date']['input']>;
  /** 服务开始日期 在列表中 / startsOn in the list */
  startsOnIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 服务开始日期 小于 / startsOn less than */
  startsOnLT?: InputMaybe<Scalars['Date']['input']>;
  /** 服务开始日期 小于等于 / startsOn less than or equal to */
  startsOnLTE?: InputMaybe<Scalars['Date']['input']>;
  /** 服务开始日期 不等于 / startsOn not equal to */
  startsOnNEQ?: InputMaybe<Scalars['Date']['input']>;
  /** 服务开始日期 不在列表中 / startsOn not in the list */
  startsOnNotIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 接受督导的社工人数 等于 / supervisedWorkers equals */
  supervisedWorkers?: InputMaybe<Scalars['Int']['input']>;
  /** 接受督导的社工人数 大于 / supervisedWorkers greater than */
  supervisedWorkersGT?: InputMaybe<Scalars['Int']['input']>;
  /** 接受督导的社工人数 大于等于 / supervisedWorkers greater than or equal to */
  supervisedWorkersGTE?: InputMaybe<Scalars['Int']['input']>;
  /** 接受督导的社工人数 在列表中 / supervisedWorkers in the list */
  supervisedWorkersIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** 接受督导的社工人数 为空 / supervisedWorkers is null */
  supervisedWorkersIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 接受督导的社工人数 小于 / supervisedWorkers less than */
  supervisedWorkersLT?: InputMaybe<Scalars['Int']['input']>;
  /** 接受督导的社工人数 小于等于 / supervisedWorkers less than or equal to */
  supervisedWorkersLTE?: InputMaybe<Scalars['Int']['input']>;
  /** 接受督导的社工人数 不等于 / supervisedWorkers not equal to */
  supervisedWorkersNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** 接受督导的社工人数 不在列表中 / supervisedWorkers not in the list */
  supervisedWorkersNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** 接受督导的社工人数 非空 / supervisedWorkers is not null */
  supervisedWorkersNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 更新时间 等于 / updatedAt equals */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 大于 / updatedAt greater than */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 大于等于 / updatedAt greater than or equal to */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 在列表中 / updatedAt in the list */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 更新时间 小于 / updatedAt less than */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 小于等于 / updatedAt less than or equal to */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 不等于 / updatedAt not equal to */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 不在列表中 / updatedAt not in the list */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
};

/** 购买方式 / purchase mode: 岗位购买 POST (per post) or 项目购买 PROJECT (per project) */
export type PurchaseMode =
  /** 岗位购买 / purchase per post */
  | 'POST'
  /** 项目购买 / purchase per project */
  | 'PROJECT';

/** 购买主体 / Who buys a service (购买主体). */
export type PurchaserInput = {
  /** 行政级别；缺省表示未提供 / administrative level; omitted means not given */
  level?: InputMaybe<AdminLevel>;
  /** 主体类型；缺省表示未提供 / kind of body; omitted means not given */
  type?: InputMaybe<PurchaserType>;
};

/** 购买主体类型 / Kind of body that buys a service (购买主体类型). */
export type PurchaserType =
  /** 民政部门 / civil-affairs department */
  | 'CIVIL_AFFAIRS'
  /** 群团组织 / mass organisation (工会、共青团、妇联 …) */
  | 'MASS_ORGANIZATION'
  /** 其他 / other */
  | 'OTHER'
  /** 其他党政机关 / another party or government organ */
  | 'PARTY_GOVERNMENT'
  /** 街道办事处 / street office */
  | 'STREET_OFFICE';

/** 行政级别 / administrative level: 省 province or 市 city */
export type RegionLevel =
  /** 市 / city */
  | 'CITY'
  /** 省 / province */
  | 'PROVINCE';

/** 地区 的排序 / Ordering of Region. */
export type RegionOrder = {
  /** 排序方向 / the direction to order by */
  direction?: OrderDirection;
  /** 排序字段 / the field to order by */
  field: RegionOrderField;
};

/** 地区 的排序字段 / Fields Region can be ordered by. */
export type RegionOrderField =
  /** 按行政区划代码排序 / order by admin_code */
  | 'ADMIN_CODE'
  /** 按地区代码排序 / order by code */
  | 'CODE'
  /** 按创建时间排序 / order by created_at */
  | 'CREATED_AT'
  /** 按中文名称排序 / order by name_zh */
  | 'NAME_ZH';

/** 地区 的筛选条件 / A filter on Region; the fields combine with AND. */
export type RegionWhereInput = {
  /** 行政区划代码 等于 / adminCode equals */
  adminCode?: InputMaybe<Scalars['String']['input']>;
  /** 行政区划代码 包含 / adminCode contains */
  adminCodeContains?: InputMaybe<Scalars['String']['input']>;
  /** 行政区划代码 包含(不区分大小写) / adminCode contains, case-insensitive */
  adminCodeContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 行政区划代码 等于(不区分大小写) / adminCode equals, case-insensitive */
  adminCodeEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 行政区划代码 大于 / adminCode greater than */
  adminCodeGT?: InputMaybe<Scalars['String']['input']>;
  /** 行政区划代码 大于等于 / adminCode greater than or equal to */
  adminCodeGTE?: InputMaybe<Scalars['String']['input']>;
  /** 行政区划代码 开头是 / adminCode starts with */
  adminCodeHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 行政区划代码 结尾是 / adminCode ends with */
  adminCodeHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 行政区划代码 在列表中 / adminCode in the list */
  adminCodeIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 行政区划代码 小于 / adminCode less than */
  adminCodeLT?: InputMaybe<Scalars['String']['input']>;
  /** 行政区划代码 小于等于 / adminCode less than or equal to */
  adminCodeLTE?: InputMaybe<Scalars['String']['input']>;
  /** 行政区划代码 不等于 / adminCode not equal to */
  adminCodeNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 行政区划代码 不在列表中 / adminCode not in the list */
  adminCodeNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 全部满足 / all of these filters match */
  and?: InputMaybe<Array<RegionWhereInput>>;
  /** 地区代码 等于 / code equals */
  code?: InputMaybe<Scalars['String']['input']>;
  /** 地区代码 包含 / code contains */
  codeContains?: InputMaybe<Scalars['String']['input']>;
  /** 地区代码 包含(不区分大小写) / code contains, case-insensitive */
  codeContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 地区代码 等于(不区分大小写) / code equals, case-insensitive */
  codeEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 地区代码 大于 / code greater than */
  codeGT?: InputMaybe<Scalars['String']['input']>;
  /** 地区代码 大于等于 / code greater than or equal to */
  codeGTE?: InputMaybe<Scalars['String']['input']>;
  /** 地区代码 开头是 / code starts with */
  codeHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 地区代码 结尾是 / code ends with */
  codeHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 地区代码 在列表中 / code in the list */
  codeIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 地区代码 小于 / code less than */
  codeLT?: InputMaybe<Scalars['String']['input']>;
  /** 地区代码 小于等于 / code less than or equal to */
  codeLTE?: InputMaybe<Scalars['String']['input']>;
  /** 地区代码 不等于 / code not equal to */
  codeNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 地区代码 不在列表中 / code not in the list */
  codeNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 创建时间 等于 / createdAt equals */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 大于 / createdAt greater than */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 大于等于 / createdAt greater than or equal to */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 在列表中 / createdAt in the list */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 创建时间 小于 / createdAt less than */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 小于等于 / createdAt less than or equal to */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 不等于 / createdAt not equal to */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 不在列表中 / createdAt not in the list */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 购买服务目录 存在 / has at least one related catalogItems */
  hasCatalogItems?: InputMaybe<Scalars['Boolean']['input']>;
  /** 购买服务目录 满足条件 / has a related catalogItems matching the filter */
  hasCatalogItemsWith?: InputMaybe<Array<CatalogItemWhereInput>>;
  /** 下级地区 存在 / has at least one related children */
  hasChildren?: InputMaybe<Scalars['Boolean']['input']>;
  /** 下级地区 满足条件 / has a related children matching the filter */
  hasChildrenWith?: InputMaybe<Array<RegionWhereInput>>;
  /** 社会工作服务机构 存在 / has at least one related organizations */
  hasOrganizations?: InputMaybe<Scalars['Boolean']['input']>;
  /** 社会工作服务机构 满足条件 / has a related organizations matching the filter */
  hasOrganizationsWith?: InputMaybe<Array<OrganizationWhereInput>>;
  /** 上级地区 存在 / has at least one related parent */
  hasParent?: InputMaybe<Scalars['Boolean']['input']>;
  /** 上级地区 满足条件 / has a related parent matching the filter */
  hasParentWith?: InputMaybe<Array<RegionWhereInput>>;
  /** 试点地区 存在 / has at least one related pilotSites */
  hasPilotSites?: InputMaybe<Scalars['Boolean']['input']>;
  /** 试点地区 满足条件 / has a related pilotSites matching the filter */
  hasPilotSitesWith?: InputMaybe<Array<PilotSiteWhereInput>>;
  /** 概念覆盖 存在 / has at least one related policyCoverages */
  hasPolicyCoverages?: InputMaybe<Scalars['Boolean']['input']>;
  /** 概念覆盖 满足条件 / has a related policyCoverages matching the filter */
  hasPolicyCoveragesWith?: InputMaybe<Array<PolicyCoverageWhereInput>>;
  /** 政策文件 存在 / has at least one related policyDocuments */
  hasPolicyDocuments?: InputMaybe<Scalars['Boolean']['input']>;
  /** 政策文件 满足条件 / has a related policyDocuments matching the filter */
  hasPolicyDocumentsWith?: InputMaybe<Array<PolicyDocumentWhereInput>>;
  /** 政策参数 存在 / has at least one related policyParameters */
  hasPolicyParameters?: InputMaybe<Scalars['Boolean']['input']>;
  /** 政策参数 满足条件 / has a related policyParameters matching the filter */
  hasPolicyParametersWith?: InputMaybe<Array<PolicyParameterWhereInput>>;
  /** 政策数据来源 存在 / has at least one related policySource */
  hasPolicySource?: InputMaybe<Scalars['Boolean']['input']>;
  /** 政策数据来源 满足条件 / has a related policySource matching the filter */
  hasPolicySourceWith?: InputMaybe<Array<PolicySourceWhereInput>>;
  /** 购买服务项目 存在 / has at least one related projects */
  hasProjects?: InputMaybe<Scalars['Boolean']['input']>;
  /** 购买服务项目 满足条件 / has a related projects matching the filter */
  hasProjectsWith?: InputMaybe<Array<ProjectWhereInput>>;
  /** 社会工作服务站 存在 / has at least one related stations */
  hasStations?: InputMaybe<Scalars['Boolean']['input']>;
  /** 社会工作服务站 满足条件 / has a related stations matching the filter */
  hasStationsWith?: InputMaybe<Array<StationWhereInput>>;
  /** 社会工作者 存在 / has at least one related workers */
  hasWorkers?: InputMaybe<Scalars['Boolean']['input']>;
  /** 社会工作者 满足条件 / has a related workers matching the filter */
  hasWorkersWith?: InputMaybe<Array<SocialWorkerWhereInput>>;
  /** 编号 等于 / id equals */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 大于 / id greater than */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 大于等于 / id greater than or equal to */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 在列表中 / id in the list */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 编号 小于 / id less than */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 小于等于 / id less than or equal to */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 不等于 / id not equal to */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 不在列表中 / id not in the list */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 行政级别 等于 / level equals */
  level?: InputMaybe<RegionLevel>;
  /** 行政级别 在列表中 / level in the list */
  levelIn?: InputMaybe<Array<RegionLevel>>;
  /** 行政级别 不等于 / level not equal to */
  levelNEQ?: InputMaybe<RegionLevel>;
  /** 行政级别 不在列表中 / level not in the list */
  levelNotIn?: InputMaybe<Array<RegionLevel>>;
  /** 英文名称 等于 / nameEn equals */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** 英文名称 包含 / nameEn contains */
  nameEnContains?: InputMaybe<Scalars['String']['input']>;
  /** 英文名称 包含(不区分大小写) / nameEn contains, case-insensitive */
  nameEnContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 英文名称 等于(不区分大小写) / nameEn equals, case-insensitive */
  nameEnEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 英文名称 大于 / nameEn greater than */
  nameEnGT?: InputMaybe<Scalars['String']['input']>;
  /** 英文名称 大于等于 / nameEn greater than or equal to */
  nameEnGTE?: InputMaybe<Scalars['String']['input']>;
  /** 英文名称 开头是 / nameEn starts with */
  nameEnHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 英文名称 结尾是 / nameEn ends with */
  nameEnHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 英文名称 在列表中 / nameEn in the list */
  nameEnIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 英文名称 小于 / nameEn less than */
  nameEnLT?: InputMaybe<Scalars['String']['input']>;
  /** 英文名称 小于等于 / nameEn less than or equal to */
  nameEnLTE?: InputMaybe<Scalars['String']['input']>;
  /** 英文名称 不等于 / nameEn not equal to */
  nameEnNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 英文名称 不在列表中 / nameEn not in the list */
  nameEnNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 中文名称 等于 / nameZh equals */
  nameZh?: InputMaybe<Scalars['String']['input']>;
  /** 中文名称 包含 / nameZh contains */
  nameZhContains?: InputMaybe<Scalars['String']['input']>;
  /** 中文名称 包含(不区分大小写) / nameZh contains, case-insensitive */
  nameZhContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 中文名称 等于(不区分大小写) / nameZh equals, case-insensitive */
  nameZhEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 中文名称 大于 / nameZh greater than */
  nameZhGT?: InputMaybe<Scalars['String']['input']>;
  /** 中文名称 大于等于 / nameZh greater than or equal to */
  nameZhGTE?: InputMaybe<Scalars['String']['input']>;
  /** 中文名称 开头是 / nameZh starts with */
  nameZhHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 中文名称 结尾是 / nameZh ends with */
  nameZhHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 中文名称 在列表中 / nameZh in the list */
  nameZhIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 中文名称 小于 / nameZh less than */
  nameZhLT?: InputMaybe<Scalars['String']['input']>;
  /** 中文名称 小于等于 / nameZh less than or equal to */
  nameZhLTE?: InputMaybe<Scalars['String']['input']>;
  /** 中文名称 不等于 / nameZh not equal to */
  nameZhNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 中文名称 不在列表中 / nameZh not in the list */
  nameZhNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 不满足 / this filter does not match */
  not?: InputMaybe<RegionWhereInput>;
  /** 任一满足 / any of these filters matches */
  or?: InputMaybe<Array<RegionWhereInput>>;
  /** 更新时间 等于 / updatedAt equals */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 大于 / updatedAt greater than */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 大于等于 / updatedAt greater than or equal to */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 在列表中 / updatedAt in the list */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 更新时间 小于 / updatedAt less than */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 小于等于 / updatedAt less than or equal to */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 不等于 / updatedAt not equal to */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 不在列表中 / updatedAt not in the list */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
};

/** 登记管理机关级别 / level of the registering civil-affairs authority: 省 / 市 / 县 */
export type RegistrationLevel =
  /** 市级 / registered at a city civil-affairs authority */
  | 'CITY'
  /** 县级 / registered at a county civil-affairs authority */
  | 'COUNTY'
  /** 省级 / registered at a provincial civil-affairs authority */
  | 'PROVINCE';

/** 角色 / role: admin 管理员, region_operator 地区操作员, researcher 研究人员 */
export type Role =
  /** 管理员 / administrator: may do everything */
  | 'admin'
  /** 地区操作员 / region operator: may write in its region and the regions inside it */
  | 'region_operator'
  /** 研究人员 / researcher: may read worker records, without personal data */
  | 'researcher';

/** 批量比较中的一个情景 / One named scenario of compareBatch. */
export type ScenarioInput = {
  /** 情景名称 / scenario name */
  name: Scalars['String']['input'];
  /** 评估对象 / the subject */
  subject: SubjectInput;
};

/** 社会保险 / One of the five social insurances (五险). */
export type SocialInsurance =
  /** 生育保险 / maternity insurance */
  | 'MATERNITY'
  /** 医疗保险 / medical insurance */
  | 'MEDICAL'
  /** 养老保险 / pension insurance */
  | 'PENSION'
  /** 失业保险 / unemployment insurance */
  | 'UNEMPLOYMENT'
  /** 工伤保险 / work-injury insurance */
  | 'WORK_INJURY';

/** 社会工作者 的排序 / Ordering of SocialWorker. */
export type SocialWorkerOrder = {
  /** 排序方向 / the direction to order by */
  direction?: OrderDirection;
  /** 排序字段 / the field to order by */
  field: SocialWorkerOrderField;
};

/** 社会工作者 的排序字段 / Fields SocialWorker can be ordered by. */
export type SocialWorkerOrderField =
  /** 按出生日期排序 / order by birth_date */
  | 'BIRTH_DATE'
  /** 按创建时间排序 / order by created_at */
  | 'CREATED_AT'
  /** 按姓名排序 / order by name */
  | 'NAME';

/** 社会工作者 的筛选条件 / A filter on SocialWorker; the fields combine with AND. */
export type SocialWorkerWhereInput = {
  /** 全部满足 / all of these filters match */
  and?: InputMaybe<Array<SocialWorkerWhereInput>>;
  /** birthDate 条件 / filter on birthDate */
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  /** birthDateGT 条件 / filter on birthDateGT */
  birthDateGT?: InputMaybe<Scalars['Date']['input']>;
  /** birthDateGTE 条件 / filter on birthDateGTE */
  birthDateGTE?: InputMaybe<Scalars['Date']['input']>;
  /** birthDateIn 条件 / filter on birthDateIn */
  birthDateIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** birthDateIsNil 条件 / filter on birthDateIsNil */
  birthDateIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** birthDateLT 条件 / filter on birthDateLT */
  birthDateLT?: InputMaybe<Scalars['Date']['input']>;
  /** birthDateLTE 条件 / filter on birthDateLTE */
  birthDateLTE?: InputMaybe<Scalars['Date']['input']>;
  /** birthDateNEQ 条件 / filter on birthDateNEQ */
  birthDateNEQ?: InputMaybe<Scalars['Date']['input']>;
  /** birthDateNotIn 条件 / filter on birthDateNotIn */
  birthDateNotIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** birthDateNotNil 条件 / filter on birthDateNotNil */
  birthDateNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 职业资格等级 等于 / certificateLevel equals */
  certificateLevel?: InputMaybe<CertificateLevel>;
  /** 职业资格等级 在列表中 / certificateLevel in the list */
  certificateLevelIn?: InputMaybe<Array<CertificateLevel>>;
  /** 职业资格等级 不等于 / certificateLevel not equal to */
  certificateLevelNEQ?: InputMaybe<CertificateLevel>;
  /** 职业资格等级 不在列表中 / certificateLevel not in the list */
  certificateLevelNotIn?: InputMaybe<Array<CertificateLevel>>;
  /** certificateNumber 条件 / filter on certificateNumber */
  certificateNumber?: InputMaybe<Scalars['String']['input']>;
  /** certificateNumberContains 条件 / filter on certificateNumberContains */
  certificateNumberContains?: InputMaybe<Scalars['String']['input']>;
  /** certificateNumberContainsFold 条件 / filter on certificateNumberContainsFold */
  certificateNumberContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** certificateNumberEqualFold 条件 / filter on certificateNumberEqualFold */
  certificateNumberEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** certificateNumberGT 条件 / filter on certificateNumberGT */
  certificateNumberGT?: InputMaybe<Scalars['String']['input']>;
  /** certificateNumberGTE 条件 / filter on certificateNumberGTE */
  certificateNumberGTE?: InputMaybe<Scalars['String']['input']>;
  /** certificateNumberHasPrefix 条件 / filter on certificateNumberHasPrefix */
  certificateNumberHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** certificateNumberHasSuffix 条件 / filter on certificateNumberHasSuffix */
  certificateNumberHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** certificateNumberIn 条件 / filter on certificateNumberIn */
  certificateNumberIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** certificateNumberIsNil 条件 / filter on certificateNumberIsNil */
  certificateNumberIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** certificateNumberLT 条件 / filter on certificateNumberLT */
  certificateNumberLT?: InputMaybe<Scalars['String']['input']>;
  /** certificateNumberLTE 条件 / filter on certificateNumberLTE */
  certificateNumberLTE?: InputMaybe<Scalars['String']['input']>;
  /** certificateNumberNEQ 条件 / filter on certificateNumberNEQ */
  certificateNumberNEQ?: InputMaybe<Scalars['String']['input']>;
  /** certificateNumberNotIn 条件 / filter on certificateNumberNotIn */
  certificateNumberNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** certificateNumberNotNil 条件 / filter on certificateNumberNotNil */
  certificateNumberNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 创建时间 等于 / createdAt equals */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 大于 / createdAt greater than */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 大于等于 / createdAt greater than or equal to */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 在列表中 / createdAt in the list */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 创建时间 小于 / createdAt less than */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 小于等于 / createdAt less than or equal to */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 不等于 / createdAt not equal to */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 不在列表中 / createdAt not in the list */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 最高学历 等于 / education equals */
  education?: InputMaybe<EducationLevel>;
  /** 最高学历 在列表中 / education in the list */
  educationIn?: InputMaybe<Array<EducationLevel>>;
  /** 最高学历 不等于 / education not equal to */
  educationNEQ?: InputMaybe<EducationLevel>;
  /** 最高学历 不在列表中 / education not in the list */
  educationNotIn?: InputMaybe<Array<EducationLevel>>;
  /** 承接主体聘用 等于 / employedByContractor equals */
  employedByContractor?: InputMaybe<Scalars['Boolean']['input']>;
  /** 承接主体聘用 为空 / employedByContractor is null */
  employedByContractorIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 承接主体聘用 不等于 / employedByContractor not equal to */
  employedByContractorNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  /** 承接主体聘用 非空 / employedByContractor is not null */
  employedByContractorNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 用人单位 存在 / has at least one related organization */
  hasOrganization?: InputMaybe<Scalars['Boolean']['input']>;
  /** 用人单位 满足条件 / has a related organization matching the filter */
  hasOrganizationWith?: InputMaybe<Array<OrganizationWhereInput>>;
  /** 参与项目 存在 / has at least one related projects */
  hasProjects?: InputMaybe<Scalars['Boolean']['input']>;
  /** 参与项目 满足条件 / has a related projects matching the filter */
  hasProjectsWith?: InputMaybe<Array<ProjectWhereInput>>;
  /** 工作地区 存在 / has at least one related region */
  hasRegion?: InputMaybe<Scalars['Boolean']['input']>;
  /** 工作地区 满足条件 / has a related region matching the filter */
  hasRegionWith?: InputMaybe<Array<RegionWhereInput>>;
  /** 派驻服务站 存在 / has at least one related stations */
  hasStations?: InputMaybe<Scalars['Boolean']['input']>;
  /** 派驻服务站 满足条件 / has a related stations matching the filter */
  hasStationsWith?: InputMaybe<Array<StationWhereInput>>;
  /** 培训记录 存在 / has at least one related trainingRecords */
  hasTrainingRecords?: InputMaybe<Scalars['Boolean']['input']>;
  /** 培训记录 满足条件 / has a related trainingRecords matching the filter */
  hasTrainingRecordsWith?: InputMaybe<Array<TrainingRecordWhereInput>>;
  /** 招录(入职)日期 等于 / hiredOn equals */
  hiredOn?: InputMaybe<Scalars['Date']['input']>;
  /** 招录(入职)日期 大于 / hiredOn greater than */
  hiredOnGT?: InputMaybe<Scalars['Date']['input']>;
  /** 招录(入职)日期 大于等于 / hiredOn greater than or equal to */
  hiredOnGTE?: InputMaybe<Scalars['Date']['input']>;
  /** 招录(入职)日期 在列表中 / hiredOn in the list */
  hiredOnIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 招录(入职)日期 为空 / hiredOn is null */
  hiredOnIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 招录(入职)日期 小于 / hiredOn less than */
  hiredOnLT?: InputMaybe<Scalars['Date']['input']>;
  /** 招录(入职)日期 小于等于 / hiredOn less than or equal to */
  hiredOnLTE?: InputMaybe<Scalars['Date']['input']>;
  /** 招录(入职)日期 不等于 / hiredOn not equal to */
  hiredOnNEQ?: InputMaybe<Scalars['Date']['input']>;
  /** 招录(入职)日期 不在列表中 / hiredOn not in the list */
  hiredOnNotIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 招录(入职)日期 非空 / hiredOn is not null */
  hiredOnNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 编号 等于 / id equals */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 大于 / id greater than */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 大于等于 / id greater than or equal to */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 在列表中 / id in the list */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 编号 小于 / id less than */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 小于等于 / id less than or equal to */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 不等于 / id not equal to */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 不在列表中 / id not in the list */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 已签订劳动合同 等于 / laborContract equals */
  laborContract?: InputMaybe<Scalars['Boolean']['input']>;
  /** 已签订劳动合同 为空 / laborContract is null */
  laborContractIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 已签订劳动合同 不等于 / laborContract not equal to */
  laborContractNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  /** 已签订劳动合同 非空 / laborContract is not null */
  laborContractNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** localHukou 条件 / filter on localHukou */
  localHukou?: InputMaybe<Scalars['Boolean']['input']>;
  /** localHukouNEQ 条件 / filter on localHukouNEQ */
  localHukouNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  /** 所学专业 等于 / major equals */
  major?: InputMaybe<Scalars['String']['input']>;
  /** 所学专业 包含 / major contains */
  majorContains?: InputMaybe<Scalars['String']['input']>;
  /** 所学专业 包含(不区分大小写) / major contains, case-insensitive */
  majorContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 所学专业 等于(不区分大小写) / major equals, case-insensitive */
  majorEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 所学专业 大于 / major greater than */
  majorGT?: InputMaybe<Scalars['String']['input']>;
  /** 所学专业 大于等于 / major greater than or equal to */
  majorGTE?: InputMaybe<Scalars['String']['input']>;
  /** 所学专业 开头是 / major starts with */
  majorHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 所学专业 结尾是 / major ends with */
  majorHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 所学专业 在列表中 / major in the list */
  majorIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 所学专业 为空 / major is null */
  majorIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 所学专业 小于 / major less than */
  majorLT?: InputMaybe<Scalars['String']['input']>;
  /** 所学专业 小于等于 / major less than or equal to */
  majorLTE?: InputMaybe<Scalars['String']['input']>;
  /** 所学专业 不等于 / major not equal to */
  majorNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 所学专业 不在列表中 / major not in the list */
  majorNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 所学专业 非空 / major is not null */
  majorNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** name 条件 / filter on name */
  name?: InputMaybe<Scalars['String']['input']>;
  /** nameContains 条件 / filter on nameContains */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** nameContainsFold 条件 / filter on nameContainsFold */
  nameContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** nameEqualFold 条件 / filter on nameEqualFold */
  nameEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** nameGT 条件 / filter on nameGT */
  nameGT?: InputMaybe<Scalars['String']['input']>;
  /** nameGTE 条件 / filter on nameGTE */
  nameGTE?: InputMaybe<Scalars['String']['input']>;
  /** nameHasPrefix 条件 / filter on nameHasPrefix */
  nameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** nameHasSuffix 条件 / filter on nameHasSuffix */
  nameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** nameIn 条件 / filter on nameIn */
  nameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** nameLT 条件 / filter on nameLT */
  nameLT?: InputMaybe<Scalars['String']['input']>;
  /** nameLTE 条件 / filter on nameLTE */
  nameLTE?: InputMaybe<Scalars['String']['input']>;
  /** nameNEQ 条件 / filter on nameNEQ */
  nameNEQ?: InputMaybe<Scalars['String']['input']>;
  /** nameNotIn 条件 / filter on nameNotIn */
  nameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 不满足 / this filter does not match */
  not?: InputMaybe<SocialWorkerWhereInput>;
  /** 任一满足 / any of these filters matches */
  or?: InputMaybe<Array<SocialWorkerWhereInput>>;
  /** 按月发放薪酬 等于 / paidMonthly equals */
  paidMonthly?: InputMaybe<Scalars['Boolean']['input']>;
  /** 按月发放薪酬 为空 / paidMonthly is null */
  paidMonthlyIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 按月发放薪酬 不等于 / paidMonthly not equal to */
  paidMonthlyNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  /** 按月发放薪酬 非空 / paidMonthly is not null */
  paidMonthlyNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 中共党员 等于 / partyMember equals */
  partyMember?: InputMaybe<Scalars['Boolean']['input']>;
  /** 中共党员 不等于 / partyMember not equal to */
  partyMemberNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  /** phone 条件 / filter on phone */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** phoneContains 条件 / filter on phoneContains */
  phoneContains?: InputMaybe<Scalars['String']['input']>;
  /** phoneContainsFold 条件 / filter on phoneContainsFold */
  phoneContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** phoneEqualFold 条件 / filter on phoneEqualFold */
  phoneEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** phoneGT 条件 / filter on phoneGT */
  phoneGT?: InputMaybe<Scalars['String']['input']>;
  /** phoneGTE 条件 / filter on phoneGTE */
  phoneGTE?: InputMaybe<Scalars['String']['input']>;
  /** phoneHasPrefix 条件 / filter on phoneHasPrefix */
  phoneHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** phoneHasSuffix 条件 / filter on phoneHasSuffix */
  phoneHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** phoneIn 条件 / filter on phoneIn */
  phoneIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** phoneIsNil 条件 / filter on phoneIsNil */
  phoneIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** phoneLT 条件 / filter on phoneLT */
  phoneLT?: InputMaybe<Scalars['String']['input']>;
  /** phoneLTE 条件 / filter on phoneLTE */
  phoneLTE?: InputMaybe<Scalars['String']['input']>;
  /** phoneNEQ 条件 / filter on phoneNEQ */
  phoneNEQ?: InputMaybe<Scalars['String']['input']>;
  /** phoneNotIn 条件 / filter on phoneNotIn */
  phoneNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** phoneNotNil 条件 / filter on phoneNotNil */
  phoneNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 已在从业人员备案平台备案 等于 / platformFiled equals */
  platformFiled?: InputMaybe<Scalars['Boolean']['input']>;
  /** 已在从业人员备案平台备案 为空 / platformFiled is null */
  platformFiledIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 已在从业人员备案平台备案 不等于 / platformFiled not equal to */
  platformFiledNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  /** 已在从业人员备案平台备案 非空 / platformFiled is not null */
  platformFiledNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 经平台公开招聘并从备案人员中招录 等于 / recruitedViaPlatform equals */
  recruitedViaPlatform?: InputMaybe<Scalars['Boolean']['input']>;
  /** 经平台公开招聘并从备案人员中招录 为空 / recruitedViaPlatform is null */
  recruitedViaPlatformIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 经平台公开招聘并从备案人员中招录 不等于 / recruitedViaPlatform not equal to */
  recruitedViaPlatformNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  /** 经平台公开招聘并从备案人员中招录 非空 / recruitedViaPlatform is not null */
  recruitedViaPlatformNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 示例数据 等于 / synthetic equals */
  synthetic?: InputMaybe<Scalars['Boolean']['input']>;
  /** 示例数据 不等于 / synthetic not equal to */
  syntheticNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  /** 上岗前经过培训 等于 / trainedBeforeService equals */
  trainedBeforeService?: InputMaybe<Scalars['Boolean']['input']>;
  /** 上岗前经过培训 为空 / trainedBeforeService is null */
  trainedBeforeServiceIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 上岗前经过培训 不等于 / trainedBeforeService not equal to */
  trainedBeforeServiceNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  /** 上岗前经过培训 非空 / trainedBeforeService is not null */
  trainedBeforeServiceNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 更新时间 等于 / updatedAt equals */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 大于 / updatedAt greater than */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 大于等于 / updatedAt greater than or equal to */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 在列表中 / updatedAt in the list */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 更新时间 小于 / updatedAt less than */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 小于等于 / updatedAt less than or equal to */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 不等于 / updatedAt not equal to */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 不在列表中 / updatedAt not in the list */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
};

/** 乡镇(街道)社会工作服务站 的排序 / Ordering of Station. */
export type StationOrder = {
  /** 排序方向 / the direction to order by */
  direction?: OrderDirection;
  /** 排序字段 / the field to order by */
  field: StationOrderField;
};

/** 乡镇(街道)社会工作服务站 的排序字段 / Fields Station can be ordered by. */
export type StationOrderField =
  /** 按创建时间排序 / order by created_at */
  | 'CREATED_AT'
  /** 按服务站名称排序 / order by name */
  | 'NAME'
  /** 按乡镇(街道)排序 / order by township */
  | 'TOWNSHIP';

/** 乡镇(街道)社工站 / A township or street social-work station. */
export type StationSpecInput = {
  /** 服务协议约定的驻站社工人数；缺省表示未提供 / resident social workers the service agreement provides for (协议约定的驻站社工人数); omitted means not given */
  agreedHeadcount?: InputMaybe<Scalars['Int']['input']>;
  /** 设施，如 办公场所、标识牌 / facilities */
  facilities?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 已建立的管理制度与档案，如 人员管理制度、服务对象数据库；缺省表示未提供，空列表表示一项也没有 / management systems and records in place (制度与档案), e.g. 人员管理制度, 服务对象数据库; omitted means not given, an empty list means none */
  systems?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 乡镇(街道)名称 / township or street */
  township?: InputMaybe<Scalars['String']['input']>;
  /** 驻站社工 / the workers assigned */
  workers: Array<WorkerSpecInput>;
};

/** 乡镇(街道)社会工作服务站 的筛选条件 / A filter on Station; the fields combine with AND. */
export type StationWhereInput = {
  /** 协议约定的驻站社工人数 等于 / agreedHeadcount equals */
  agreedHeadcount?: InputMaybe<Scalars['Int']['input']>;
  /** 协议约定的驻站社工人数 大于 / agreedHeadcount greater than */
  agreedHeadcountGT?: InputMaybe<Scalars['Int']['input']>;
  /** 协议约定的驻站社工人数 大于等于 / agreedHeadcount greater than or equal to */
  agreedHeadcountGTE?: InputMaybe<Scalars['Int']['input']>;
  /** 协议约定的驻站社工人数 在列表中 / agreedHeadcount in the list */
  agreedHeadcountIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** 协议约定的驻站社工人数 为空 / agreedHeadcount is null */
  agreedHeadcountIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 协议约定的驻站社工人数 小于 / agreedHeadcount less than */
  agreedHeadcountLT?: InputMaybe<Scalars['Int']['input']>;
  /** 协议约定的驻站社工人数 小于等于 / agreedHeadcount less than or equal to */
  agreedHeadcountLTE?: InputMaybe<Scalars['Int']['input']>;
  /** 协议约定的驻站社工人数 不等于 / agreedHeadcount not equal to */
  agreedHeadcountNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** 协议约定的驻站社工人数 不在列表中 / agreedHeadcount not in the list */
  agreedHeadcountNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** 协议约定的驻站社工人数 非空 / agreedHeadcount is not null */
  agreedHeadcountNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 全部满足 / all of these filters match */
  and?: InputMaybe<Array<StationWhereInput>>;
  /** 县(市、区) 等于 / county equals */
  county?: InputMaybe<Scalars['String']['input']>;
  /** 县(市、区) 包含 / county contains */
  countyContains?: InputMaybe<Scalars['String']['input']>;
  /** 县(市、区) 包含(不区分大小写) / county contains, case-insensitive */
  countyContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 县(市、区) 等于(不区分大小写) / county equals, case-insensitive */
  countyEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 县(市、区) 大于 / county greater than */
  countyGT?: InputMaybe<Scalars['String']['input']>;
  /** 县(市、区) 大于等于 / county greater than or equal to */
  countyGTE?: InputMaybe<Scalars['String']['input']>;
  /** 县(市、区) 开头是 / county starts with */
  countyHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 县(市、区) 结尾是 / county ends with */
  countyHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 县(市、区) 在列表中 / county in the list */
  countyIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 县(市、区) 小于 / county less than */
  countyLT?: InputMaybe<Scalars['String']['input']>;
  /** 县(市、区) 小于等于 / county less than or equal to */
  countyLTE?: InputMaybe<Scalars['String']['input']>;
  /** 县(市、区) 不等于 / county not equal to */
  countyNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 县(市、区) 不在列表中 / county not in the list */
  countyNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 创建时间 等于 / createdAt equals */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 大于 / createdAt greater than */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 大于等于 / createdAt greater than or equal to */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 在列表中 / createdAt in the list */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 创建时间 小于 / createdAt less than */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 小于等于 / createdAt less than or equal to */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 不等于 / createdAt not equal to */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 不在列表中 / createdAt not in the list */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 建站日期 等于 / establishedOn equals */
  establishedOn?: InputMaybe<Scalars['Date']['input']>;
  /** 建站日期 大于 / establishedOn greater than */
  establishedOnGT?: InputMaybe<Scalars['Date']['input']>;
  /** 建站日期 大于等于 / establishedOn greater than or equal to */
  establishedOnGTE?: InputMaybe<Scalars['Date']['input']>;
  /** 建站日期 在列表中 / establishedOn in the list */
  establishedOnIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 建站日期 为空 / establishedOn is null */
  establishedOnIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 建站日期 小于 / establishedOn less than */
  establishedOnLT?: InputMaybe<Scalars['Date']['input']>;
  /** 建站日期 小于等于 / establishedOn less than or equal to */
  establishedOnLTE?: InputMaybe<Scalars['Date']['input']>;
  /** 建站日期 不等于 / establishedOn not equal to */
  establishedOnNEQ?: InputMaybe<Scalars['Date']['input']>;
  /** 建站日期 不在列表中 / establishedOn not in the list */
  establishedOnNotIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 建站日期 非空 / establishedOn is not null */
  establishedOnNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 评估记录 存在 / has at least one related assessments */
  hasAssessments?: InputMaybe<Scalars['Boolean']['input']>;
  /** 评估记录 满足条件 / has a related assessments matching the filter */
  hasAssessmentsWith?: InputMaybe<Array<AssessmentWhereInput>>;
  /** 运营机构 存在 / has at least one related operator */
  hasOperator?: InputMaybe<Scalars['Boolean']['input']>;
  /** 运营机构 满足条件 / has a related operator matching the filter */
  hasOperatorWith?: InputMaybe<Array<OrganizationWhereInput>>;
  /** 所在地区 存在 / has at least one related region */
  hasRegion?: InputMaybe<Scalars['Boolean']['input']>;
  /** 所在地区 满足条件 / has a related region matching the filter */
  hasRegionWith?: InputMaybe<Array<RegionWhereInput>>;
  /** 驻站社工 存在 / has at least one related workers */
  hasWorkers?: InputMaybe<Scalars['Boolean']['input']>;
  /** 驻站社工 满足条件 / has a related workers matching the filter */
  hasWorkersWith?: InputMaybe<Array<SocialWorkerWhereInput>>;
  /** 编号 等于 / id equals */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 大于 / id greater than */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 大于等于 / id greater than or equal to */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 在列表中 / id in the list */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 编号 小于 / id less than */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 小于等于 / id less than or equal to */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 不等于 / id not equal to */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 不在列表中 / id not in the list */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 服务站名称 等于 / name equals */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 服务站名称 包含 / name contains */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** 服务站名称 包含(不区分大小写) / name contains, case-insensitive */
  nameContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 服务站名称 等于(不区分大小写) / name equals, case-insensitive */
  nameEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 服务站名称 大于 / name greater than */
  nameGT?: InputMaybe<Scalars['String']['input']>;
  /** 服务站名称 大于等于 / name greater than or equal to */
  nameGTE?: InputMaybe<Scalars['String']['input']>;
  /** 服务站名称 开头是 / name starts with */
  nameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 服务站名称 结尾是 / name ends with */
  nameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 服务站名称 在列表中 / name in the list */
  nameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 服务站名称 小于 / name less than */
  nameLT?: InputMaybe<Scalars['String']['input']>;
  /** 服务站名称 小于等于 / name less than or equal to */
  nameLTE?: InputMaybe<Scalars['String']['input']>;
  /** 服务站名称 不等于 / name not equal to */
  nameNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 服务站名称 不在列表中 / name not in the list */
  nameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 不满足 / this filter does not match */
  not?: InputMaybe<StationWhereInput>;
  /** 任一满足 / any of these filters matches */
  or?: InputMaybe<Array<StationWhereInput>>;
  /** 标识牌文字 等于 / signText equals */
  signText?: InputMaybe<Scalars['String']['input']>;
  /** 标识牌文字 包含 / signText contains */
  signTextContains?: InputMaybe<Scalars['String']['input']>;
  /** 标识牌文字 包含(不区分大小写) / signText contains, case-insensitive */
  signTextContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 标识牌文字 等于(不区分大小写) / signText equals, case-insensitive */
  signTextEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 标识牌文字 大于 / signText greater than */
  signTextGT?: InputMaybe<Scalars['String']['input']>;
  /** 标识牌文字 大于等于 / signText greater than or equal to */
  signTextGTE?: InputMaybe<Scalars['String']['input']>;
  /** 标识牌文字 开头是 / signText starts with */
  signTextHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 标识牌文字 结尾是 / signText ends with */
  signTextHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 标识牌文字 在列表中 / signText in the list */
  signTextIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 标识牌文字 为空 / signText is null */
  signTextIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 标识牌文字 小于 / signText less than */
  signTextLT?: InputMaybe<Scalars['String']['input']>;
  /** 标识牌文字 小于等于 / signText less than or equal to */
  signTextLTE?: InputMaybe<Scalars['String']['input']>;
  /** 标识牌文字 不等于 / signText not equal to */
  signTextNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 标识牌文字 不在列表中 / signText not in the list */
  signTextNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 标识牌文字 非空 / signText is not null */
  signTextNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 乡镇(街道) 等于 / township equals */
  township?: InputMaybe<Scalars['String']['input']>;
  /** 乡镇(街道) 包含 / township contains */
  townshipContains?: InputMaybe<Scalars['String']['input']>;
  /** 乡镇(街道) 包含(不区分大小写) / township contains, case-insensitive */
  townshipContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 乡镇(街道) 等于(不区分大小写) / township equals, case-insensitive */
  townshipEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 乡镇(街道) 大于 / township greater than */
  townshipGT?: InputMaybe<Scalars['String']['input']>;
  /** 乡镇(街道) 大于等于 / township greater than or equal to */
  townshipGTE?: InputMaybe<Scalars['String']['input']>;
  /** 乡镇(街道) 开头是 / township starts with */
  townshipHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 乡镇(街道) 结尾是 / township ends with */
  townshipHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 乡镇(街道) 在列表中 / township in the list */
  townshipIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 乡镇(街道) 小于 / township less than */
  townshipLT?: InputMaybe<Scalars['String']['input']>;
  /** 乡镇(街道) 小于等于 / township less than or equal to */
  townshipLTE?: InputMaybe<Scalars['String']['input']>;
  /** 乡镇(街道) 不等于 / township not equal to */
  townshipNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 乡镇(街道) 不在列表中 / township not in the list */
  townshipNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 更新时间 等于 / updatedAt equals */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 大于 / updatedAt greater than */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 大于等于 / updatedAt greater than or equal to */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 在列表中 / updatedAt in the list */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 更新时间 小于 / updatedAt less than */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 小于等于 / updatedAt less than or equal to */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 不等于 / updatedAt not equal to */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 不在列表中 / updatedAt not in the list */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
};

/**
 * 评估对象 / The subject of an evaluation: exactly one of project, station, organization, worker,
 * government (none or several → BAD_USER_INPUT field `subject`).
 *
 * Lists of facts: omitted (null) means "not given" and the rules that need them answer
 * INSUFFICIENT_INPUT; an empty list `[]` means "none" (nothing disclosed, no clause, no act …), which
 * a rule may fail on. Free-text lists (contractClauses, specification, fundingSources, systems,
 * registrationConditions, sections, filings[].document) are matched exactly (surrounding spaces
 * aside) against each region's list, so name items as the documents name them.
 */
export type SubjectInput = {
  /** 一级政府（省、市(州)、县(市、区)及其民政部门）：覆盖目标、试点、指导目录、报告义务的对象 / a level of government (province, city or county and its civil-affairs department): the subject of coverage targets, pilots, guidance catalogues and reporting duties */
  government?: InputMaybe<GovernmentSpecInput>;
  /** 社会工作服务机构 / a service organisation */
  organization?: InputMaybe<OrganizationSpecInput>;
  /** 购买服务项目 / a government-purchased project */
  project?: InputMaybe<ProjectSpecInput>;
  /** 乡镇(街道)社工站 / a township or street station */
  station?: InputMaybe<StationSpecInput>;
  /** 单个社会工作者 / a single worker */
  worker?: InputMaybe<WorkerSpecInput>;
};

/** 培训类型 / kind: 岗前培训 induction, 继续教育 continuing education, 督导 supervision, 其他 other */
export type TrainingKind =
  /** 继续教育 / continuing education */
  | 'CONTINUING_EDUCATION'
  /** 岗前培训 / induction training */
  | 'INDUCTION'
  /** 其他 / other */
  | 'OTHER'
  /** 督导 / supervision */
  | 'SUPERVISION';

/** 培训记录 的排序 / Ordering of TrainingRecord. */
export type TrainingRecordOrder = {
  /** 排序方向 / the direction to order by */
  direction?: OrderDirection;
  /** 排序字段 / the field to order by */
  field: TrainingRecordOrderField;
};

/** 培训记录 的排序字段 / Fields TrainingRecord can be ordered by. */
export type TrainingRecordOrderField =
  /** 按创建时间排序 / order by created_at */
  | 'CREATED_AT'
  /** 按培训日期排序 / order by date */
  | 'DATE'
  /** 按时长排序 / order by hours */
  | 'HOURS';

/** 培训记录 的筛选条件 / A filter on TrainingRecord; the fields combine with AND. */
export type TrainingRecordWhereInput = {
  /** 全部满足 / all of these filters match */
  and?: InputMaybe<Array<TrainingRecordWhereInput>>;
  /** 创建时间 等于 / createdAt equals */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 大于 / createdAt greater than */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 大于等于 / createdAt greater than or equal to */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 在列表中 / createdAt in the list */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 创建时间 小于 / createdAt less than */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 小于等于 / createdAt less than or equal to */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 不等于 / createdAt not equal to */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** 创建时间 不在列表中 / createdAt not in the list */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 培训日期 等于 / date equals */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** 培训日期 大于 / date greater than */
  dateGT?: InputMaybe<Scalars['Date']['input']>;
  /** 培训日期 大于等于 / date greater than or equal to */
  dateGTE?: InputMaybe<Scalars['Date']['input']>;
  /** 培训日期 在列表中 / date in the list */
  dateIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 培训日期 小于 / date less than */
  dateLT?: InputMaybe<Scalars['Date']['input']>;
  /** 培训日期 小于等于 / date less than or equal to */
  dateLTE?: InputMaybe<Scalars['Date']['input']>;
  /** 培训日期 不等于 / date not equal to */
  dateNEQ?: InputMaybe<Scalars['Date']['input']>;
  /** 培训日期 不在列表中 / date not in the list */
  dateNotIn?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** 社会工作者 存在 / has at least one related worker */
  hasWorker?: InputMaybe<Scalars['Boolean']['input']>;
  /** 社会工作者 满足条件 / has a related worker matching the filter */
  hasWorkerWith?: InputMaybe<Array<SocialWorkerWhereInput>>;
  /** 时长 等于 / hours equals */
  hours?: InputMaybe<Scalars['Int']['input']>;
  /** 时长 大于 / hours greater than */
  hoursGT?: InputMaybe<Scalars['Int']['input']>;
  /** 时长 大于等于 / hours greater than or equal to */
  hoursGTE?: InputMaybe<Scalars['Int']['input']>;
  /** 时长 在列表中 / hours in the list */
  hoursIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** 时长 小于 / hours less than */
  hoursLT?: InputMaybe<Scalars['Int']['input']>;
  /** 时长 小于等于 / hours less than or equal to */
  hoursLTE?: InputMaybe<Scalars['Int']['input']>;
  /** 时长 不等于 / hours not equal to */
  hoursNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** 时长 不在列表中 / hours not in the list */
  hoursNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** 编号 等于 / id equals */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 大于 / id greater than */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 大于等于 / id greater than or equal to */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 在列表中 / id in the list */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 编号 小于 / id less than */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 小于等于 / id less than or equal to */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 不等于 / id not equal to */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** 编号 不在列表中 / id not in the list */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 培训类型 等于 / kind equals */
  kind?: InputMaybe<TrainingKind>;
  /** 培训类型 在列表中 / kind in the list */
  kindIn?: InputMaybe<Array<TrainingKind>>;
  /** 培训类型 不等于 / kind not equal to */
  kindNEQ?: InputMaybe<TrainingKind>;
  /** 培训类型 不在列表中 / kind not in the list */
  kindNotIn?: InputMaybe<Array<TrainingKind>>;
  /** 不满足 / this filter does not match */
  not?: InputMaybe<TrainingRecordWhereInput>;
  /** 任一满足 / any of these filters matches */
  or?: InputMaybe<Array<TrainingRecordWhereInput>>;
  /** 培训机构 等于 / provider equals */
  provider?: InputMaybe<Scalars['String']['input']>;
  /** 培训机构 包含 / provider contains */
  providerContains?: InputMaybe<Scalars['String']['input']>;
  /** 培训机构 包含(不区分大小写) / provider contains, case-insensitive */
  providerContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 培训机构 等于(不区分大小写) / provider equals, case-insensitive */
  providerEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 培训机构 大于 / provider greater than */
  providerGT?: InputMaybe<Scalars['String']['input']>;
  /** 培训机构 大于等于 / provider greater than or equal to */
  providerGTE?: InputMaybe<Scalars['String']['input']>;
  /** 培训机构 开头是 / provider starts with */
  providerHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 培训机构 结尾是 / provider ends with */
  providerHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 培训机构 在列表中 / provider in the list */
  providerIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 培训机构 为空 / provider is null */
  providerIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 培训机构 小于 / provider less than */
  providerLT?: InputMaybe<Scalars['String']['input']>;
  /** 培训机构 小于等于 / provider less than or equal to */
  providerLTE?: InputMaybe<Scalars['String']['input']>;
  /** 培训机构 不等于 / provider not equal to */
  providerNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 培训机构 不在列表中 / provider not in the list */
  providerNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 培训机构 非空 / provider is not null */
  providerNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 培训名称 等于 / title equals */
  title?: InputMaybe<Scalars['String']['input']>;
  /** 培训名称 包含 / title contains */
  titleContains?: InputMaybe<Scalars['String']['input']>;
  /** 培训名称 包含(不区分大小写) / title contains, case-insensitive */
  titleContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** 培训名称 等于(不区分大小写) / title equals, case-insensitive */
  titleEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** 培训名称 大于 / title greater than */
  titleGT?: InputMaybe<Scalars['String']['input']>;
  /** 培训名称 大于等于 / title greater than or equal to */
  titleGTE?: InputMaybe<Scalars['String']['input']>;
  /** 培训名称 开头是 / title starts with */
  titleHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** 培训名称 结尾是 / title ends with */
  titleHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** 培训名称 在列表中 / title in the list */
  titleIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 培训名称 为空 / title is null */
  titleIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 培训名称 小于 / title less than */
  titleLT?: InputMaybe<Scalars['String']['input']>;
  /** 培训名称 小于等于 / title less than or equal to */
  titleLTE?: InputMaybe<Scalars['String']['input']>;
  /** 培训名称 不等于 / title not equal to */
  titleNEQ?: InputMaybe<Scalars['String']['input']>;
  /** 培训名称 不在列表中 / title not in the list */
  titleNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 培训名称 非空 / title is not null */
  titleNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** 单位 等于 / unit equals */
  unit?: InputMaybe<TrainingUnit>;
  /** 单位 在列表中 / unit in the list */
  unitIn?: InputMaybe<Array<TrainingUnit>>;
  /** 单位 不等于 / unit not equal to */
  unitNEQ?: InputMaybe<TrainingUnit>;
  /** 单位 不在列表中 / unit not in the list */
  unitNotIn?: InputMaybe<Array<TrainingUnit>>;
  /** 更新时间 等于 / updatedAt equals */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 大于 / updatedAt greater than */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 大于等于 / updatedAt greater than or equal to */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 在列表中 / updatedAt in the list */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** 更新时间 小于 / updatedAt less than */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 小于等于 / updatedAt less than or equal to */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 不等于 / updatedAt not equal to */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** 更新时间 不在列表中 / updatedAt not in the list */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
};

/** 单位 / unit: 学时 CLASS_HOUR (class period) or 小时 HOUR (clock hour) */
export type TrainingUnit =
  /** 学时 / class period (not a clock hour) */
  | 'CLASS_HOUR'
  /** 小时 / clock hour */
  | 'HOUR';

/** 修改 预算明细 的字段 / The fields of a BudgetLine to change; omitted fields stay as they are. */
export type UpdateBudgetLineInput = {
  /** 金额(分) / amount in fen; Money in yuan over the API */
  amount?: InputMaybe<Scalars['Money']['input']>;
  /** 类别 / category: 人员经费 labour, 督导 supervision, 活动 activities, 管理 management, 税费 insurance & tax, 培训 training, 其他 other */
  category?: InputMaybe<BudgetCategory>;
  /** 清空 备注 / clear note */
  clearNote?: InputMaybe<Scalars['Boolean']['input']>;
  /** 备注 / note */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 关联所属项目的编号 / id of the related project */
  projectID?: InputMaybe<Scalars['ID']['input']>;
};

/** 修改 购买服务目录条目 的字段 / The fields of a CatalogItem to change; omitted fields stay as they are. */
export type UpdateCatalogItemInput = {
  /** 追加 共享分类编码 / values to append to sharedCodes */
  appendSharedCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 条款 / clause of the document the value is quoted from */
  citationClause?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 / key of the document quoted, e.g. SZ-2020 */
  citationDocument?: InputMaybe<Scalars['String']['input']>;
  /** 原文 / exact quote from the document */
  citationQuote?: InputMaybe<Scalars['String']['input']>;
  /** 清空 条款 / clear citationClause */
  clearCitationClause?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 文件键 / clear citationDocument */
  clearCitationDocument?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 原文 / clear citationQuote */
  clearCitationQuote?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 层级 / clear level */
  clearLevel?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 匹配 / clear match */
  clearMatch?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 英文名称 / clear termEn */
  clearTermEn?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 生效日期 / clear validFrom */
  clearValidFrom?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 失效日期 / clear validTo */
  clearValidTo?: InputMaybe<Scalars['Boolean']['input']>;
  /** 目录编码 / item code */
  code?: InputMaybe<Scalars['String']['input']>;
  /** 高风险领域 / high-risk domain (Shenzhen: raised floor) */
  highRisk?: InputMaybe<Scalars['Boolean']['input']>;
  /** 类型 / kind: domain, service-area, catalogue-item, priority-group, service-type, purchase-item */
  kind?: InputMaybe<Scalars['String']['input']>;
  /** 层级 / level, e.g. 乡镇(街道) or 村(社区) */
  level?: InputMaybe<Scalars['String']['input']>;
  /** 匹配 / how the term matches its shared codes: = same, < narrower, > broader, ~ partial */
  match?: InputMaybe<Scalars['String']['input']>;
  /** 关联地区的编号 / id of the related region */
  regionID?: InputMaybe<Scalars['ID']['input']>;
  /** 共享分类编码 / shared taxonomy codes, e.g. DOM-MENTAL */
  sharedCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 英文名称 / English term */
  termEn?: InputMaybe<Scalars['String']['input']>;
  /** 中文名称 / the region's own term (label of record) */
  termZh?: InputMaybe<Scalars['String']['input']>;
  /** 生效日期 / first day in force (inclusive) */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** 失效日期 / last day in force (inclusive); null while open-ended */
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

/** 修改 承接机构报告 的字段 / The fields of a ContractorReport to change; omitted fields stay as they are. */
export type UpdateContractorReportInput = {
  /** 清空 提交日期 / clear submittedOn */
  clearSubmittedOn?: InputMaybe<Scalars['Boolean']['input']>;
  /** 报告类型 / kind: 月度工作简报 MONTHLY_BRIEF, 中期工作报告 MID_TERM, 末期工作报告 FINAL */
  kind?: InputMaybe<ContractorReportKind>;
  /** 关联所属项目的编号 / id of the related project */
  projectID?: InputMaybe<Scalars['ID']['input']>;
  /** 提交日期 / day it was submitted; null when not given */
  submittedOn?: InputMaybe<Scalars['Date']['input']>;
};

/** 修改 社会工作服务机构 的字段 / The fields of a Organization to change; omitted fields stay as they are. */
export type UpdateOrganizationInput = {
  /** 最近一次年检结论 / conclusion of its latest annual inspection: 合格 QUALIFIED, 基本合格 BASICALLY_QUALIFIED, 不合格 UNQUALIFIED, 未参加年检 NOT_INSPECTED; null when not given */
  annualInspection?: InputMaybe<AnnualInspectionResult>;
  /** 追加 已公开的信息 / values to append to disclosures */
  appendDisclosures?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 追加 已具备的登记条件 / values to append to registrationConditions */
  appendRegistrationConditions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 社会组织类别 / kind of social organisation: 行业协会商会类 TRADE_ASSOCIATION, 科技类 SCIENCE, 公益慈善类 CHARITY, 城乡社区服务类 COMMUNITY_SERVICE, OTHER; null when not given */
  category?: InputMaybe<OrganizationCategory>;
  /** 清空 最近一次年检结论 / clear annualInspection */
  clearAnnualInspection?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 社会组织类别 / clear category */
  clearCategory?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 已公开的信息 / clear disclosures */
  clearDisclosures?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 社会组织评估等级 / clear grade */
  clearGrade?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 设有理事会 / clear hasBoard */
  clearHasBoard?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 设有监事会 / clear hasSupervisoryBoard */
  clearHasSupervisoryBoard?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 在城乡社区内活动 / clear operatesWithinCommunity */
  clearOperatesWithinCommunity?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 党组织组建方式 / clear partyOrganizationMode */
  clearPartyOrganizationMode?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 直接登记 / clear registeredDirectly */
  clearRegisteredDirectly?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 已具备的登记条件 / clear registrationConditions */
  clearRegistrationConditions?: InputMaybe<Scalars['Boolean']['input']>;
  /** 已公开的信息 / items the organisation has publicly disclosed (信息公开: 组织机构、年报公告、年度财务报告、薪酬管理制度 …), named as the documents name them and matched exactly against each region's list; null when not given, [] when nothing is disclosed */
  disclosures?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 专职工作人员数 / full-time staff */
  fullTimeStaff?: InputMaybe<Scalars['Int']['input']>;
  /** 社会组织评估等级 / assessed grade 3A, 4A or 5A; null when not graded */
  grade?: InputMaybe<OrganizationGrade>;
  /** 设有理事会 / a board of directors (理事会) is in place; null when not given */
  hasBoard?: InputMaybe<Scalars['Boolean']['input']>;
  /** 是否建立党组织 / has its own party organisation */
  hasPartyOrganization?: InputMaybe<Scalars['Boolean']['input']>;
  /** 设有监事会 / a supervisory board (监事会) is in place; null when not given */
  hasSupervisoryBoard?: InputMaybe<Scalars['Boolean']['input']>;
  /** 机构名称 / registered name */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 在城乡社区内活动 / works inside urban or rural communities; null when not given */
  operatesWithinCommunity?: InputMaybe<Scalars['Boolean']['input']>;
  /** 正式党员数 / full party members among head, full-time and long-term part-time staff */
  partyMembers?: InputMaybe<Scalars['Int']['input']>;
  /** 党组织组建方式 / how its party organisation was formed: 单独建 SEPARATE, 联合建 JOINT, 挂靠建 AFFILIATED, OTHER; null when not given or when there is none */
  partyOrganizationMode?: InputMaybe<PartyOrganizationMode>;
  /** 持证或社工专业本科以上人员数 / staff holding a social-work certificate or a social-work bachelor's degree or higher */
  qualifiedStaff?: InputMaybe<Scalars['Int']['input']>;
  /** 关联所在地区的编号 / id of the related region */
  regionID?: InputMaybe<Scalars['ID']['input']>;
  /** 直接登记 / registered directly with the civil-affairs authority, without a supervising unit (业务主管单位); null when not given */
  registeredDirectly?: InputMaybe<Scalars['Boolean']['input']>;
  /** 已具备的登记条件 / registration conditions the organisation meets (内部治理结构、固定住所 …), matched exactly against each region's list; null when not given, [] when none */
  registrationConditions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 登记管理机关级别 / level of the registering civil-affairs authority: 省 / 市 / 县 */
  registrationLevel?: InputMaybe<RegistrationLevel>;
  /** 示例数据 / true for generated demo data, not a real organisation */
  synthetic?: InputMaybe<Scalars['Boolean']['input']>;
  /** 统一社会信用代码 / unified social credit code, 18 characters with a GB 32100-2015 check character */
  unifiedSocialCreditCode?: InputMaybe<Scalars['String']['input']>;
};

/** 修改 项目评估 的字段 / The fields of a PerformanceEvaluation to change; omitted fields stay as they are. */
export type UpdatePerformanceEvaluationInput = {
  /** 清空 备注 / clear note */
  clearNote?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 评估等级 / clear rating */
  clearRating?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 评估得分 / clear score */
  clearScore?: InputMaybe<Scalars['Boolean']['input']>;
  /** 评估日期 / date of the evaluation */
  evaluatedOn?: InputMaybe<Scalars['Date']['input']>;
  /** 评估机构 / evaluating body, e.g. a third-party evaluator (第三方评估机构) */
  evaluator?: InputMaybe<Scalars['String']['input']>;
  /** 评估类型 / kind: 专业评估, 绩效评价, 中期评估, 末期评估, 自评 */
  kind?: InputMaybe<EvaluationKind>;
  /** 备注 / note */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 关联所属项目的编号 / id of the related project */
  projectID?: InputMaybe<Scalars['ID']['input']>;
  /** 评估等级 / rating: 优秀, 良好, 合格, 不合格 */
  rating?: InputMaybe<EvaluationRating>;
  /** 评估得分 / score out of 100 */
  score?: InputMaybe<Scalars['Int']['input']>;
};

/** 修改 试点地区 的字段 / The fields of a PilotSite to change; omitted fields stay as they are. */
export type UpdatePilotSiteInput = {
  /** 行政级别 / administrative level: 市, 州, 县 */
  adminLevel?: InputMaybe<Scalars['String']['input']>;
  /** 条款 / clause of the document the value is quoted from */
  citationClause?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 / key of the document quoted, e.g. SZ-2020 */
  citationDocument?: InputMaybe<Scalars['String']['input']>;
  /** 原文 / exact quote from the document */
  citationQuote?: InputMaybe<Scalars['String']['input']>;
  /** 清空 行政级别 / clear adminLevel */
  clearAdminLevel?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 条款 / clear citationClause */
  clearCitationClause?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 文件键 / clear citationDocument */
  clearCitationDocument?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 原文 / clear citationQuote */
  clearCitationQuote?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 试点编码 / clear code */
  clearCode?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 英文名称 / clear nameEn */
  clearNameEn?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 备注 / clear note */
  clearNote?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 生效日期 / clear validFrom */
  clearValidFrom?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 失效日期 / clear validTo */
  clearValidTo?: InputMaybe<Scalars['Boolean']['input']>;
  /** 试点编码 / the region's own code for the site */
  code?: InputMaybe<Scalars['String']['input']>;
  /** 试点类型 / kind of pilot */
  kind?: InputMaybe<Scalars['String']['input']>;
  /** 英文名称 / English name */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** 中文名称 / name, e.g. 昆明市 */
  nameZh?: InputMaybe<Scalars['String']['input']>;
  /** 备注 / note */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 关联地区的编号 / id of the related region */
  regionID?: InputMaybe<Scalars['ID']['input']>;
  /** 生效日期 / first day in force (inclusive) */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** 失效日期 / last day in force (inclusive); null while open-ended */
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

/** 修改 政策文件 的字段 / The fields of a PolicyDocument to change; omitted fields stay as they are. */
export type UpdatePolicyDocumentInput = {
  /** 清空 文号 / clear docNumber */
  clearDocNumber?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 发布日期 / clear issuedOn */
  clearIssuedOn?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 发文机关 / clear issuer */
  clearIssuer?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 种子文件 / clear seedFile */
  clearSeedFile?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 英文标题 / clear titleEn */
  clearTitleEn?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 生效日期 / clear validFrom */
  clearValidFrom?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 推定施行日的最迟日期 / clear validFromLatest */
  clearValidFromLatest?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 失效日期 / clear validTo */
  clearValidTo?: InputMaybe<Scalars['Boolean']['input']>;
  /** 文号 / document number, e.g. 云民政法〔2018〕44号 */
  docNumber?: InputMaybe<Scalars['String']['input']>;
  /** 发布日期 / date issued */
  issuedOn?: InputMaybe<Scalars['Date']['input']>;
  /** 发文机关 / issuing authority */
  issuer?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 / document key, e.g. SZ-2020 */
  key?: InputMaybe<Scalars['String']['input']>;
  /** 关联地区的编号 / id of the related region */
  regionID?: InputMaybe<Scalars['ID']['input']>;
  /** 种子文件 / source text file the rules were read from */
  seedFile?: InputMaybe<Scalars['String']['input']>;
  /** 英文标题 / title in English */
  titleEn?: InputMaybe<Scalars['String']['input']>;
  /** 中文标题 / title in Chinese */
  titleZh?: InputMaybe<Scalars['String']['input']>;
  /** 生效日期 / first day in force (inclusive) */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** 推定施行日的最迟日期 / set when the document states no date of effect: valid_from is then inferred (推定), the earliest day the text supports, and this the latest day it can have taken effect */
  validFromLatest?: InputMaybe<Scalars['Date']['input']>;
  /** 失效日期 / last day in force (inclusive); null while open-ended */
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

/** 修改 政策参数 的字段 / The fields of a PolicyParameter to change; omitted fields stay as they are. */
export type UpdatePolicyParameterInput = {
  /** 条款 / clause of the document the value is quoted from */
  citationClause?: InputMaybe<Scalars['String']['input']>;
  /** 文件键 / key of the document quoted, e.g. SZ-2020 */
  citationDocument?: InputMaybe<Scalars['String']['input']>;
  /** 原文 / exact quote from the document */
  citationQuote?: InputMaybe<Scalars['String']['input']>;
  /** 清空 条款 / clear citationClause */
  clearCitationClause?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 文件键 / clear citationDocument */
  clearCitationDocument?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 原文 / clear citationQuote */
  clearCitationQuote?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 出处文件 / clear document */
  clearDocument?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 备注 / clear note */
  clearNote?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 单位 / clear unit */
  clearUnit?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 生效日期 / clear validFrom */
  clearValidFrom?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 失效日期 / clear validTo */
  clearValidTo?: InputMaybe<Scalars['Boolean']['input']>;
  /** 共享概念键 / shared concept key, e.g. budget.labor_share_min */
  concept?: InputMaybe<Scalars['String']['input']>;
  /** 关联出处文件的编号 / id of the related document */
  documentID?: InputMaybe<Scalars['ID']['input']>;
  /** 类型 / kind of value: MONEY (yuan, two decimals), RATIO (exact fraction 17/20), INTEGER, DATE, BOOL, TEXT */
  kind?: InputMaybe<Scalars['String']['input']>;
  /** 备注 / how the value is read, e.g. 以下含本数 (inclusive) */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 参数编号 / parameter id */
  paramID?: InputMaybe<Scalars['String']['input']>;
  /** 关联地区的编号 / id of the related region */
  regionID?: InputMaybe<Scalars['ID']['input']>;
  /** 规则编号 / rule id, e.g. SZ-BUDGET-PACKAGE-MIN */
  ruleID?: InputMaybe<Scalars['String']['input']>;
  /** 单位 / unit, e.g. CNY/person/year, 学时/year */
  unit?: InputMaybe<Scalars['String']['input']>;
  /** 生效日期 / first day in force (inclusive) */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** 失效日期 / last day in force (inclusive); null while open-ended */
  validTo?: InputMaybe<Scalars['Date']['input']>;
  /** 取值 / value as an exact decimal or fraction string, e.g. 163000 or 17/20 */
  value?: InputMaybe<Scalars['String']['input']>;
};

/** 修改 备案记录 的字段 / The fields of a ProjectFiling to change; omitted fields stay as they are. */
export type UpdateProjectFilingInput = {
  /** 清空 备案日期 / clear filedOn */
  clearFiledOn?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 备案机关级别 / clear filedWith */
  clearFiledWith?: InputMaybe<Scalars['Boolean']['input']>;
  /** 备案文件 / the filed document, named as the documents name it (政府购买服务协议、年度实施计划、人员招聘方案 …) and matched exactly against each region's list */
  document?: InputMaybe<Scalars['String']['input']>;
  /** 备案日期 / day it was filed; null when not given */
  filedOn?: InputMaybe<Scalars['Date']['input']>;
  /** 备案机关级别 / level of the authority it was filed with (CITY 报市(州)备案 …); null when not given */
  filedWith?: InputMaybe<AdminLevel>;
  /** 关联所属项目的编号 / id of the related project */
  projectID?: InputMaybe<Scalars['ID']['input']>;
};

/** 修改 政府购买社会工作服务项目 的字段 / The fields of a Project to change; omitted fields stay as they are. */
export type UpdateProjectInput = {
  /** 添加关联项目社工 / ids of worker to add */
  addWorkerIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 追加 服务协议载明的内容 / values to append to contractClauses */
  appendContractClauses?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 追加 经费来源 / values to append to fundingSources */
  appendFundingSources?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 追加 项目设计已明确的内容 / values to append to specification */
  appendSpecification?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 预算申报日期 / day the project's budget was declared to the finance department (向财政部门申报预算); null when not given */
  budgetDeclaredOn?: InputMaybe<Scalars['Date']['input']>;
  /** 清空 预算申报日期 / clear budgetDeclaredOn */
  clearBudgetDeclaredOn?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 服务协议载明的内容 / clear contractClauses */
  clearContractClauses?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 服务协议签订方数 / clear contractParties */
  clearContractParties?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 合同签订日期 / clear contractSignedOn */
  clearContractSignedOn?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 承接机构 / clear contractor */
  clearContractor?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 项目设立日期 / clear establishedOn */
  clearEstablishedOn?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 经费来源 / clear fundingSources */
  clearFundingSources?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 资金年度 / clear fundingYear */
  clearFundingYear?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 入库审议通过日期 / clear libraryApprovedOn */
  clearLibraryApprovedOn?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 区级整体打包标准(分) / clear localPackageStandard */
  clearLocalPackageStandard?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 不公开招标的理由 / clear procurementException */
  clearProcurementException?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 采购方式 / clear procurementMethod */
  clearProcurementMethod?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 项目类别 / clear programme */
  clearProgramme?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 购买主体行政级别 / clear purchaserLevel */
  clearPurchaserLevel?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 购买主体类型 / clear purchaserType */
  clearPurchaserType?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 服务层级 / clear serviceLevel */
  clearServiceLevel?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 项目设计已明确的内容 / clear specification */
  clearSpecification?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 接受督导的社工人数 / clear supervisedWorkers */
  clearSupervisedWorkers?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 关联的项目社工 / clear workers */
  clearWorkers?: InputMaybe<Scalars['Boolean']['input']>;
  /** 服务协议载明的内容 / the matters the service agreement states, named as the documents name them (服务内容、目标任务、违约责任 …) and matched exactly against each region's list; null when not given, [] when it states none */
  contractClauses?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 服务协议签订方数 / how many parties signed the service agreement; null when not given */
  contractParties?: InputMaybe<Scalars['Int']['input']>;
  /** 合同签订日期 / date the contract was signed */
  contractSignedOn?: InputMaybe<Scalars['Date']['input']>;
  /** 关联承接机构的编号 / id of the related contractor */
  contractorID?: InputMaybe<Scalars['ID']['input']>;
  /** 服务周期(年) / contract cycle in years */
  cycleYears?: InputMaybe<Scalars['Int']['input']>;
  /** 服务领域 / service domain: a shared code (DOM-MENTAL) or the region's own term (精神卫生) */
  domain?: InputMaybe<Scalars['String']['input']>;
  /** 服务结束日期 / last day of service */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** 项目设立日期 / day the project was set up; null when not given */
  establishedOn?: InputMaybe<Scalars['Date']['input']>;
  /** 经费来源 / where the project's money comes from (福彩公益金、财政预算经费、县(市区)财政 …), matched exactly against each region's list; null when not given, [] when none */
  fundingSources?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 资金年度 / budget year of the project's money, e.g. 2024; null when not given */
  fundingYear?: InputMaybe<Scalars['Int']['input']>;
  /** 购买岗位总数 / funded positions (人), 1 or more */
  headcount?: InputMaybe<Scalars['Int']['input']>;
  /** 入库审议通过日期 / day the review committee approved the project into the project library (评审委员会审议通过入库); null when not given or not approved */
  libraryApprovedOn?: InputMaybe<Scalars['Date']['input']>;
  /** 区级整体打包标准(分) / package standard per funded person-year set by the project's district or county, in fen; Money in yuan over the API; null when none is set or not given */
  localPackageStandard?: InputMaybe<Scalars['Money']['input']>;
  /** 项目名称 / project name */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 不公开招标的理由 / the reason recorded for not using open tender: 技术复杂 TECHNICALLY_COMPLEX, 性质特殊 SPECIAL_NATURE, OTHER; null when none is recorded */
  procurementException?: InputMaybe<ProcurementException>;
  /** 采购方式 / how the contractor was chosen: 公开招标 OPEN_TENDER, 邀请招标 INVITED_TENDER, 比选 COMPARISON, 竞争性谈判 NEGOTIATION, 竞争性磋商 CONSULTATION, 单一来源 SINGLE_SOURCE, 询价 REQUEST_FOR_QUOTES, OTHER; null when not given */
  procurementMethod?: InputMaybe<ProcurementMethod>;
  /** 专业岗位数 / professional social-work posts among the funded positions */
  professionalPosts?: InputMaybe<Scalars['Int']['input']>;
  /** 项目类别 / programme, for rules that govern one programme only: STATION 乡镇(街道)社会工作服务站项目 (湖南 禾计划), PARTY_MASS_CENTRE 社区党群服务中心社会工作服务项目; empty for an ordinary purchased service */
  programme?: InputMaybe<ProjectProgramme>;
  /** 购买方式 / purchase mode: 岗位购买 POST (per post) or 项目购买 PROJECT (per project) */
  purchaseMode?: InputMaybe<PurchaseMode>;
  /** 购买主体 / purchasing government body, e.g. 福田区民政局 */
  purchaser?: InputMaybe<Scalars['String']['input']>;
  /** 购买主体行政级别 / administrative level of the purchaser (购买主体): PROVINCE, CITY, COUNTY (a district is county-level), TOWNSHIP or VILLAGE; null when not given */
  purchaserLevel?: InputMaybe<AdminLevel>;
  /** 购买主体类型 / kind of purchaser: 民政部门 CIVIL_AFFAIRS, 其他党政机关 PARTY_GOVERNMENT, 群团组织 MASS_ORGANIZATION, 街道办事处 STREET_OFFICE, OTHER; null when not given */
  purchaserType?: InputMaybe<PurchaserType>;
  /** 关联所在地区的编号 / id of the related region */
  regionID?: InputMaybe<Scalars['ID']['input']>;
  /** 移除关联项目社工 / ids of worker to remove */
  removeWorkerIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 服务层级 / administrative level at which the service is delivered; TOWNSHIP (乡镇(街道)) and VILLAGE (村(社区)) are 基层 (grassroots); null when not given */
  serviceLevel?: InputMaybe<AdminLevel>;
  /** 项目设计已明确的内容 / what the project design states (需求调查、岗位数量、服务标准、服务评价标准 …), matched exactly against each region's list; null when not given, [] when none */
  specification?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 服务开始日期 / first day of service */
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  /** 接受督导的社工人数 / workers receiving professional supervision */
  supervisedWorkers?: InputMaybe<Scalars['Int']['input']>;
};

/** 修改 地区 的字段 / The fields of a Region to change; omitted fields stay as they are. */
export type UpdateRegionInput = {
  /** 行政区划代码 / six-digit GB/T 2260 administrative division code, e.g. 440300 */
  adminCode?: InputMaybe<Scalars['String']['input']>;
  /** 清空 上级地区 / clear parent */
  clearParent?: InputMaybe<Scalars['Boolean']['input']>;
  /** 行政级别 / administrative level: 省 province or 市 city */
  level?: InputMaybe<RegionLevel>;
  /** 英文名称 / English name, e.g. Shenzhen */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** 中文名称 / Chinese name, e.g. 深圳市 */
  nameZh?: InputMaybe<Scalars['String']['input']>;
  /** 关联上级地区的编号 / id of the related parent */
  parentID?: InputMaybe<Scalars['ID']['input']>;
};

/** 修改 社会工作者 的字段 / The fields of a SocialWorker to change; omitted fields stay as they are. */
export type UpdateSocialWorkerInput = {
  /** 添加关联参与项目 / ids of project to add */
  addProjectIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 添加关联派驻服务站 / ids of station to add */
  addStationIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 追加 已办理的社会保险 / values to append to socialInsurance */
  appendSocialInsurance?: InputMaybe<Array<SocialInsurance>>;
  /** 出生日期 / date of birth (personal data) */
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  /** 职业资格等级 / certificate: 无, 助理社会工作师 (assistant), 社会工作师 (intermediate), 高级社会工作师 (senior) */
  certificateLevel?: InputMaybe<CertificateLevel>;
  /** 证书编号 / certificate number (personal data) */
  certificateNumber?: InputMaybe<Scalars['String']['input']>;
  /** 清空 birthDate / clear birthDate */
  clearBirthDate?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 certificateNumber / clear certificateNumber */
  clearCertificateNumber?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 承接主体聘用 / clear employedByContractor */
  clearEmployedByContractor?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 招录(入职)日期 / clear hiredOn */
  clearHiredOn?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 已签订劳动合同 / clear laborContract */
  clearLaborContract?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 所学专业 / clear major */
  clearMajor?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 用人单位 / clear organization */
  clearOrganization?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 按月发放薪酬 / clear paidMonthly */
  clearPaidMonthly?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 phone / clear phone */
  clearPhone?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 已在从业人员备案平台备案 / clear platformFiled */
  clearPlatformFiled?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 关联的参与项目 / clear projects */
  clearProjects?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 经平台公开招聘并从备案人员中招录 / clear recruitedViaPlatform */
  clearRecruitedViaPlatform?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 已办理的社会保险 / clear socialInsurance */
  clearSocialInsurance?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 关联的派驻服务站 / clear stations */
  clearStations?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 上岗前经过培训 / clear trainedBeforeService */
  clearTrainedBeforeService?: InputMaybe<Scalars['Boolean']['input']>;
  /** 最高学历 / highest education: 无, 小学, 初中, 高中/中专, 大专, 本科, 硕士, 博士 */
  education?: InputMaybe<EducationLevel>;
  /** 承接主体聘用 / employed by the contractor of the project or station (承接主体聘用的工作人员); null when not given */
  employedByContractor?: InputMaybe<Scalars['Boolean']['input']>;
  /** 招录(入职)日期 / day the worker was hired; null when not given */
  hiredOn?: InputMaybe<Scalars['Date']['input']>;
  /** 已签订劳动合同 / has a labour contract with the employer (劳动合同); null when not given */
  laborContract?: InputMaybe<Scalars['Boolean']['input']>;
  /** 本地户籍 / holds local household registration (户口) (personal data) */
  localHukou?: InputMaybe<Scalars['Boolean']['input']>;
  /** 所学专业 / field of study, e.g. 社会工作 */
  major?: InputMaybe<Scalars['String']['input']>;
  /** 姓名 / full name (personal data) */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 关联用人单位的编号 / id of the related organization */
  organizationID?: InputMaybe<Scalars['ID']['input']>;
  /** 按月发放薪酬 / paid monthly (按月发放薪酬); null when not given */
  paidMonthly?: InputMaybe<Scalars['Boolean']['input']>;
  /** 中共党员 / member of the Communist Party of China */
  partyMember?: InputMaybe<Scalars['Boolean']['input']>;
  /** 手机号码 / mainland mobile number, 11 digits (personal data) */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** 已在从业人员备案平台备案 / filed on the practitioners' filing platform; null when not given */
  platformFiled?: InputMaybe<Scalars['Boolean']['input']>;
  /** 经平台公开招聘并从备案人员中招录 / recruited through a vacancy published on the platform, from filed practitioners; null when not given */
  recruitedViaPlatform?: InputMaybe<Scalars['Boolean']['input']>;
  /** 关联工作地区的编号 / id of the related region */
  regionID?: InputMaybe<Scalars['ID']['input']>;
  /** 移除关联参与项目 / ids of project to remove */
  removeProjectIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 移除关联派驻服务站 / ids of station to remove */
  removeStationIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 已办理的社会保险 / social insurances the employer has enrolled the worker in (五险: PENSION 养老, MEDICAL 医疗, UNEMPLOYMENT 失业, WORK_INJURY 工伤, MATERNITY 生育); null when not given, [] when none */
  socialInsurance?: InputMaybe<Array<SocialInsurance>>;
  /** 示例数据 / true for generated demo data, not a real person */
  synthetic?: InputMaybe<Scalars['Boolean']['input']>;
  /** 上岗前经过培训 / trained before starting service (先培训后上岗); null when not given */
  trainedBeforeService?: InputMaybe<Scalars['Boolean']['input']>;
};

/** 修改 乡镇(街道)社会工作服务站 的字段 / The fields of a Station to change; omitted fields stay as they are. */
export type UpdateStationInput = {
  /** 添加关联驻站社工 / ids of worker to add */
  addWorkerIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 协议约定的驻站社工人数 / resident social workers the service agreement provides for; null when not given */
  agreedHeadcount?: InputMaybe<Scalars['Int']['input']>;
  /** 追加 场地设施 / values to append to facilities */
  appendFacilities?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 追加 制度与档案 / values to append to systems */
  appendSystems?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 清空 协议约定的驻站社工人数 / clear agreedHeadcount */
  clearAgreedHeadcount?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 建站日期 / clear establishedOn */
  clearEstablishedOn?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 运营机构 / clear operator */
  clearOperator?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 标识牌文字 / clear signText */
  clearSignText?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 制度与档案 / clear systems */
  clearSystems?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 关联的驻站社工 / clear workers */
  clearWorkers?: InputMaybe<Scalars['Boolean']['input']>;
  /** 县(市、区) / county, county-level city or district */
  county?: InputMaybe<Scalars['String']['input']>;
  /** 建站日期 / date the station opened */
  establishedOn?: InputMaybe<Scalars['Date']['input']>;
  /** 场地设施 / facilities, e.g. 办公室, 个案工作室, 小组活动室 */
  facilities?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 服务站名称 / station name */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 关联运营机构的编号 / id of the related operator */
  operatorID?: InputMaybe<Scalars['ID']['input']>;
  /** 关联所在地区的编号 / id of the related region */
  regionID?: InputMaybe<Scalars['ID']['input']>;
  /** 移除关联驻站社工 / ids of worker to remove */
  removeWorkerIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 标识牌文字 / text on the station sign */
  signText?: InputMaybe<Scalars['String']['input']>;
  /** 制度与档案 / management systems and records in place (人员管理制度、服务对象数据库 …), matched exactly against each region's list; null when not given, [] when none */
  systems?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 乡镇(街道) / township or street */
  township?: InputMaybe<Scalars['String']['input']>;
};

/** 修改 培训记录 的字段 / The fields of a TrainingRecord to change; omitted fields stay as they are. */
export type UpdateTrainingRecordInput = {
  /** 清空 培训机构 / clear provider */
  clearProvider?: InputMaybe<Scalars['Boolean']['input']>;
  /** 清空 培训名称 / clear title */
  clearTitle?: InputMaybe<Scalars['Boolean']['input']>;
  /** 培训日期 / date the training ended */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** 时长 / amount of training, in unit */
  hours?: InputMaybe<Scalars['Int']['input']>;
  /** 培训类型 / kind: 岗前培训 induction, 继续教育 continuing education, 督导 supervision, 其他 other */
  kind?: InputMaybe<TrainingKind>;
  /** 培训机构 / provider */
  provider?: InputMaybe<Scalars['String']['input']>;
  /** 培训名称 / title */
  title?: InputMaybe<Scalars['String']['input']>;
  /** 单位 / unit: 学时 CLASS_HOUR (class period) or 小时 HOUR (clock hour) */
  unit?: InputMaybe<TrainingUnit>;
  /** 关联社会工作者的编号 / id of the related worker */
  workerID?: InputMaybe<Scalars['ID']['input']>;
};

/** 社会工作者 / A worker as the rules see it: no name, no identity. */
export type WorkerSpecInput = {
  /** 年龄（周岁）；或给出出生日期，在基准日计算 / age in whole years, or give birthDate (age computed at asOf) */
  age?: InputMaybe<Scalars['Int']['input']>;
  /** 招录时年龄（周岁）；缺省时由出生日期计算 / age in whole years on hiredOn, for age limits on recruitment; omitted: computed from birthDate when given */
  ageWhenHired?: InputMaybe<Scalars['Int']['input']>;
  /** 出生日期，不得晚于基准日 / birth date, not after asOf */
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  /** 职业水平证书 / social-work certificate level */
  certificate?: InputMaybe<CertificateLevel>;
  /** 最高学历 / highest completed education */
  education?: InputMaybe<EducationLevel>;
  /** 身份为承接主体聘用的工作人员；缺省表示未提供 / employed by the contractor (承接主体聘用); omitted means not given */
  employedByContractor?: InputMaybe<Scalars['Boolean']['input']>;
  /** 招录（入职）日期；缺省表示未提供 / day the worker was hired (招录日期); omitted means not given */
  hiredOn?: InputMaybe<Scalars['Date']['input']>;
  /** 已与用人单位签订劳动合同；缺省表示未提供 / has a labour contract with the employer (劳动合同); omitted means not given */
  laborContract?: InputMaybe<Scalars['Boolean']['input']>;
  /** 本地户籍 / holds local hukou */
  localHukou?: InputMaybe<Scalars['Boolean']['input']>;
  /** 所学专业，如 社会工作 / field of study */
  major?: InputMaybe<Scalars['String']['input']>;
  /** 按月发放薪酬；缺省表示未提供 / paid monthly (按月发放薪酬); omitted means not given */
  paidMonthly?: InputMaybe<Scalars['Boolean']['input']>;
  /** 中共正式党员 / full party member */
  partyMember?: InputMaybe<Scalars['Boolean']['input']>;
  /** 已在从业人员备案平台备案；缺省表示未提供 / filed on the practitioners' filing platform (已在平台备案); omitted means not given */
  platformFiled?: InputMaybe<Scalars['Boolean']['input']>;
  /** 招聘信息在平台公开并从备案人员中招录；缺省表示未提供 / recruited through a vacancy published on the platform, from filed practitioners; omitted means not given */
  recruitedViaPlatform?: InputMaybe<Scalars['Boolean']['input']>;
  /** 用人单位已办理的社会保险；缺省表示未提供，空列表表示一项也未办理 / social insurances the employer has enrolled the worker in (社会保险); omitted means not given, an empty list means none */
  socialInsurance?: InputMaybe<Array<SocialInsurance>>;
  /** 上岗前经过培训；缺省表示未提供 / trained before starting service (岗前培训); omitted means not given */
  trainedBeforeService?: InputMaybe<Scalars['Boolean']['input']>;
  /** 年度继续教育学时（学时，不是小时）/ continuing-education class hours per year (学时, not clock hours) */
  trainingHoursPerYear?: InputMaybe<Scalars['Int']['input']>;
};

export type ExploreMatrixQueryVariables = Exact<{
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type ExploreMatrixQuery = { __typename?: 'Query', policyConcepts: Array<{ __typename?: 'PolicyConcept', key: string, nameZh: string, nameEn: string, unit: string }>, policyMatrix: Array<{ __typename?: 'PolicyCell', concept: string, region: string, status: PolicyCellStatus, inheritedFrom?: string | null, value?: string | null, unit?: string | null, validFrom?: string | null, validTo?: string | null, inForce: boolean, reason?: string | null, ruleIds: Array<string>, citation?: { __typename?: 'Citation', document: string, title?: string | null, clause?: string | null, quote: string } | null }>, regions: { __typename?: 'RegionConnection', edges?: Array<{ __typename?: 'RegionEdge', node?: { __typename?: 'Region', code: string, nameZh: string, nameEn: string, parent?: { __typename?: 'Region', code: string } | null } | null } | null> | null }, plugins: Array<{ __typename?: 'PluginStatus', region: string, name: string, version: string, state: PluginState, rulesetHash?: string | null }> };

export type ExploreDomainTermsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type ExploreDomainTermsQuery = { __typename?: 'Query', catalogItems: { __typename?: 'CatalogItemConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges?: Array<{ __typename?: 'CatalogItemEdge', node?: { __typename?: 'CatalogItem', termZh: string, termEn?: string | null, sharedCodes: Array<string>, highRisk: boolean, region: { __typename?: 'Region', code: string } } | null } | null> | null } };

export type ExploreListTermsQueryVariables = Exact<{
  concepts: Array<Scalars['String']['input']> | Scalars['String']['input'];
  after?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type ExploreListTermsQuery = { __typename?: 'Query', policyParameters: { __typename?: 'PolicyParameterConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges?: Array<{ __typename?: 'PolicyParameterEdge', node?: { __typename?: 'PolicyParameter', concept: string, value: string, region: { __typename?: 'Region', code: string } } | null } | null> | null } };

export type ExploreCompareQueryVariables = Exact<{
  subject: SubjectInput;
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type ExploreCompareQuery = { __typename?: 'Query', regions: { __typename?: 'RegionConnection', edges?: Array<{ __typename?: 'RegionEdge', node?: { __typename?: 'Region', code: string, nameZh: string, nameEn: string } | null } | null> | null }, compare: Array<{ __typename?: 'Evaluation', region: string, asOf: string, status: ComplianceStatus, budget?: { __typename?: 'BudgetRequirement', minimumTotal?: string | null, minimumLabor?: string | null, maximumNonLabor?: string | null, supervisionFund?: string | null } | null, findings: Array<{ __typename?: 'Finding', ruleId: string, region: string, concept?: string | null, status: FindingStatus, actual?: string | null, required?: string | null, remedy?: string | null, messageZh: string, messageEn: string, citation: { __typename?: 'Citation', document: string, title?: string | null, clause?: string | null, quote: string } }>, evaluatedBy: Array<{ __typename?: 'PluginRef', region: string, plugin?: string | null, pluginVersion: string, rulesetHash: string }>, error?: { __typename?: 'PluginError', code: string, message: string } | null }> };

export type ExploreConceptsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExploreConceptsQuery = { __typename?: 'Query', policyConcepts: Array<{ __typename?: 'PolicyConcept', key: string, nameZh: string, nameEn: string, unit: string }>, plugins: Array<{ __typename?: 'PluginStatus', region: string, name: string, version: string, state: PluginState, rulesetHash?: string | null }> };

export type ExploreTimelineQueryVariables = Exact<{
  concept: Scalars['String']['input'];
}>;


export type ExploreTimelineQuery = { __typename?: 'Query', policyParameters: { __typename?: 'PolicyParameterConnection', totalCount: number, edges?: Array<{ __typename?: 'PolicyParameterEdge', node?: { __typename?: 'PolicyParameter', paramID: string, ruleID: string, value: string, kind: string, unit?: string | null, validFrom?: string | null, validTo?: string | null, citationDocument?: string | null, citationClause?: string | null, citationQuote?: string | null, region: { __typename?: 'Region', code: string, nameZh: string, nameEn: string }, document?: { __typename?: 'PolicyDocument', key: string, titleZh: string, titleEn?: string | null, issuedOn?: string | null, validFrom?: string | null, validTo?: string | null } | null } | null } | null> | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ExploreMatrixDocument = new TypedDocumentString(`
    query ExploreMatrix($asOf: Date) {
  policyConcepts {
    key
    nameZh
    nameEn
    unit
  }
  policyMatrix(asOf: $asOf) {
    concept
    region
    status
    inheritedFrom
    value
    unit
    validFrom
    validTo
    inForce
    reason
    ruleIds
    citation {
      document
      title
      clause
      quote
    }
  }
  regions(first: 50, orderBy: {field: CODE}) {
    edges {
      node {
        code
        nameZh
        nameEn
        parent {
          code
        }
      }
    }
  }
  plugins {
    region
    name
    version
    state
    rulesetHash
  }
}
    `) as unknown as TypedDocumentString<ExploreMatrixQuery, ExploreMatrixQueryVariables>;
export const ExploreDomainTermsDocument = new TypedDocumentString(`
    query ExploreDomainTerms($after: Cursor) {
  catalogItems(
    first: 100
    after: $after
    where: {kind: "domain"}
    orderBy: {field: CODE}
  ) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        termZh
        termEn
        sharedCodes
        highRisk
        region {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreDomainTermsQuery, ExploreDomainTermsQueryVariables>;
export const ExploreListTermsDocument = new TypedDocumentString(`
    query ExploreListTerms($concepts: [String!]!, $after: Cursor) {
  policyParameters(
    first: 100
    after: $after
    where: {conceptIn: $concepts, kind: "TEXT"}
    orderBy: {field: PARAM_ID}
  ) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        concept
        value
        region {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreListTermsQuery, ExploreListTermsQueryVariables>;
export const ExploreCompareDocument = new TypedDocumentString(`
    query ExploreCompare($subject: SubjectInput!, $asOf: Date) {
  regions(first: 50, orderBy: {field: CODE}) {
    edges {
      node {
        code
        nameZh
        nameEn
      }
    }
  }
  compare(subject: $subject, asOf: $asOf) {
    region
    asOf
    status
    budget {
      minimumTotal
      minimumLabor
      maximumNonLabor
      supervisionFund
    }
    findings {
      ruleId
      region
      concept
      status
      actual
      required
      remedy
      messageZh
      messageEn
      citation {
        document
        title
        clause
        quote
      }
    }
    evaluatedBy {
      region
      plugin
      pluginVersion
      rulesetHash
    }
    error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreCompareQuery, ExploreCompareQueryVariables>;
export const ExploreConceptsDocument = new TypedDocumentString(`
    query ExploreConcepts {
  policyConcepts {
    key
    nameZh
    nameEn
    unit
  }
  plugins {
    region
    name
    version
    state
    rulesetHash
  }
}
    `) as unknown as TypedDocumentString<ExploreConceptsQuery, ExploreConceptsQueryVariables>;
export const ExploreTimelineDocument = new TypedDocumentString(`
    query ExploreTimeline($concept: String!) {
  policyParameters(
    first: 100
    where: {concept: $concept}
    orderBy: {field: PARAM_ID}
  ) {
    totalCount
    edges {
      node {
        paramID
        ruleID
        value
        kind
        unit
        validFrom
        validTo
        citationDocument
        citationClause
        citationQuote
        region {
          code
          nameZh
          nameEn
        }
        document {
          key
          titleZh
          titleEn
          issuedOn
          validFrom
          validTo
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreTimelineQuery, ExploreTimelineQueryVariables>;