const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./bar.js","./echarts.js","./step.js"])))=>i.map(i=>d[i]);
(function(){const o=document.createElement("link").relList;if(o&&o.supports&&o.supports("modulepreload"))return;for(const r of document.querySelectorAll('link[rel="modulepreload"]'))a(r);new MutationObserver(r=>{for(const s of r)if(s.type==="childList")for(const u of s.addedNodes)u.tagName==="LINK"&&u.rel==="modulepreload"&&a(u)}).observe(document,{childList:!0,subtree:!0});function e(r){const s={};return r.integrity&&(s.integrity=r.integrity),r.referrerPolicy&&(s.referrerPolicy=r.referrerPolicy),r.crossOrigin==="use-credentials"?s.credentials="include":r.crossOrigin==="anonymous"?s.credentials="omit":s.credentials="same-origin",s}function a(r){if(r.ep)return;r.ep=!0;const s=e(r);fetch(r.href,s)}})();function n(t,o={},...e){const a=document.createElement(t);for(const[r,s]of Object.entries(o))s===void 0||s===!1||(typeof s=="function"?a.addEventListener(r.replace(/^on/,""),s):s===!0?a.setAttribute(r,""):a.setAttribute(r,String(s)));for(const r of e.flat())r==null||r===!1||a.append(r instanceof Node?r:String(r));return a}const se={title:["社会工作政策研究工作台","Social-work policy workbench"],matrix:["政策矩阵","Policy matrix"],timeline:["参数时间线","Parameter timeline"],compare:["情景比较","Compare a scenario"],batch:["批量比较","Batch"],batchHint:["上传情景文件（shegong compare 读取的 YAML 或 JSON），在各地区评估全部情景。","Upload a scenario file (the YAML or JSON that shegong compare reads) and evaluate every scenario under the regions."],scenarioFile:["情景文件","Scenario file"],runBatch:["运行","Run"],running:["运行中…","Running…"],scenarioAt:["第 {n} 个情景","Scenario {n}"],stoppedAfter:["已完成 {n} 个情景后停止","stopped after {n} scenarios"],scenarios:["个情景","scenarios"],regionCount:["个地区","regions"],downloadCSV:["下载 CSV","Download the CSV"],outcomes:["各地区结论","Outcomes by region"],topFailing:["最常不通过的规则","Most frequent failing rules"],failCount:["不通过次数","Failures"],noFailures:["没有不通过的规则","No rule failed"],timelineNote:["按各地区同步的政策参数的有效期绘制；虚线为文件发布日期。继承上级地区的值见政策矩阵。","Steps over the validity windows of each region's synced parameters; dotted lines are the documents' issue dates. Values inherited from a parent region are in the matrix."],notPlotted:["此概念的值不是数值，见下表","This concept has no numeric values to plot: see the table"],asOf:["基准日","As of"],category:["概念类别","Concept category"],all:["全部","All"],regions:["地区","Regions"],concept:["概念","Concept"],unit:["单位","Unit"],value:["数值","Value"],load:["加载中…","Loading…"],citation:["出处","Citation"],document:["文件","Document"],clause:["条款","Clause"],quote:["原文","Quote"],validity:["有效期","Validity"],inForce:["在基准日有效","In force on the as-of date"],notInForce:["在基准日无效","Not in force on the as-of date"],openEnded:["至今","open-ended"],reason:["说明","Reason"],rules:["规则","Rules"],inheritedFrom:["继承自","inherited from"],close:["关闭","Close"],stamp:["结果来源（插件版本与规则集哈希）","Produced by (plugin versions and ruleset hashes)"],plugin:["插件","Plugin"],version:["版本","Version"],rulesetHash:["规则集哈希","Ruleset hash"],state:["状态","State"],project:["项目","Project"],station:["社工站","Station"],organization:["社工机构","Organisation"],worker:["社工","Worker"],government:["政府","Government"],subjectKind:["评估对象","Subject"],age:["年龄","Age"],education:["学历","Education"],certificate:["职业水平证书","Certificate"],trainingHoursPerYear:["年度继续教育学时","Training hours a year"],level:["层级","Level"],townships:["乡镇(街道)数","Townships"],townshipsWithStation:["建站乡镇数","Townships with a station"],socialWorkers:["社会工作人才数","Social workers"],privateSocialWorkOrganizations:["民办社工机构数","Private social-work organisations"],township:["乡镇(街道)","Township or street"],agreedHeadcount:["协议约定驻站社工数","Workers agreed"],stationWorkers:["驻站社工","Resident workers"],addWorker:["添加一名社工","Add a worker"],facilities:["设施","Facilities"],systems:["制度与档案","Systems and records"],fullTimeStaff:["专职工作人员数","Full-time staff"],qualifiedStaff:["持证或本科以上专职人员数","Qualified full-time staff"],partyMembers:["正式党员人数","Party members"],hasPartyOrganization:["已建立党组织","Has a party organisation"],partyOrganizationMode:["党组织组建方式","Party organisation formed"],registrationLevel:["登记管理机关级别","Registered at level"],registeredDirectly:["直接登记","Registered directly"],organizationCategory:["社会组织类别","Kind of organisation"],operatesWithinCommunity:["在社区内活动","Works inside communities"],annualInspection:["年检结论","Annual inspection"],hasBoard:["已设立理事会","Has a board"],hasSupervisoryBoard:["已设立监事会","Has a supervisory board"],registrationConditions:["已具备的登记条件","Registration conditions met"],disclosures:["已公开的信息","Information disclosed"],otherTerms:["其他（以、分隔）","Others (separated by 、 or commas)"],noneOfThem:["一项也没有","None of them"],namedBy:["列于","named by"],yes:["是","yes"],no:["否","no"],dateFormat:["日期须为 YYYY-MM-DD，如 2024-01-01","A date is YYYY-MM-DD, e.g. 2024-01-01"],domain:["服务领域","Service domain"],domainHint:["各地区认可的用语或共享编码","a region's accepted term or a shared code"],headcount:["人数","Headcount"],professionalPosts:["专业岗位数","Professional posts"],supervisedWorkers:["受督导社工数","Supervised workers"],months:["服务月数","Months"],budget:["预算","Budget"],amount:["金额（元）","Amount (yuan)"],addLine:["添加一行","Add a line"],remove:["删除","Remove"],run:["比较各地区","Compare the regions"],share:["本页链接即此情景，可直接分享","This page's link holds the scenario: share it"],status:["结论","Status"],remedy:["整改","Remedy"],actual:["实际","Actual"],required:["要求","Required"],notApplicable:["项不适用","not applicable"],minima:["各地区经费下限","Budget minima by region"],minimumTotal:["经费总额下限","Minimum total"],minimumLabor:["人员经费下限","Minimum labour"],supervisionFund:["督导经费","Supervision fund"],yourBudget:["本情景预算","This budget"],noMinima:["没有地区为此情景设定经费下限","No region sets budget minima for this scenario"],error:["出错","Error"],language:["English","中文"]};function c(t,o){return se[o][t==="zh"?0:1]}const ie={DEFINED:["已规定"],INHERITED:["继承"],NOT_REGULATED:["未规定"],NOT_MODELLED:["未建模"],COMPLIANT:["符合"],NON_COMPLIANT:["不符合"],INCOMPLETE:["信息不全"],NOT_IN_FORCE:["未生效"],PASS:["通过"],FAIL:["不通过"],NOT_APPLICABLE:["不适用"],INSUFFICIENT_INPUT:["缺少信息"]};function N(t,o){const e=ie[o];return e&&t==="zh"?`${e[0]} ${o}`:o}const ce={budget:["经费","Budget"],staffing:["人员","Staffing"],governance:["治理","Governance"],contract:["合同","Contract"],funding:["资金","Funding"]};function le(t,o){const e=ce[o];return e?`${e[t==="zh"?0:1]} (${o})`:o}const ue="/graphql";class F extends Error{constructor(o,e,a){super(o),this.code=e,this.field=a}code;field}async function T(t,o){const e=await fetch(ue,{method:"POST",headers:{"Content-Type":"application/json",Accept:"application/graphql-response+json, application/json"},body:JSON.stringify({query:t.toString(),variables:o})});let a;try{a=await e.json()}catch{throw new F(`HTTP ${e.status}`)}const r=a.errors?.[0];if(r)throw new F(r.message,r.extensions?.code,r.extensions?.field);if(!a.data)throw new F(`HTTP ${e.status}`);return a.data}const K="\\d{4}-\\d{2}-\\d{2}";function de(t){if(!new RegExp(`^${K}$`).test(t))return!1;const o=new Date(t+"T00:00:00Z");return!Number.isNaN(o.getTime())&&o.toISOString().slice(0,10)===t}function j(t,o,e,a,r){const s=n("span",{class:"field-error",role:"alert","data-testid":`${e}-error`,hidden:!0}),u=n("input",{name:e,value:a,inputmode:"numeric",autocomplete:"off",pattern:K,maxlength:10,placeholder:"YYYY-MM-DD",title:c(t,"dateFormat"),"aria-label":o}),d=()=>{const h=u.value.trim(),l=h===""||de(h);return u.setCustomValidity(l?"":c(t,"dateFormat")),u.toggleAttribute("aria-invalid",!l),s.textContent=l?"":c(t,"dateFormat"),s.hidden=l,l};return u.addEventListener("input",()=>{s.hidden||d()}),u.addEventListener("invalid",()=>d()),u.addEventListener("change",()=>d()&&r?.(u.value.trim())),{field:n("label",{class:"date"},o,u,s),input:u,check:d}}class S extends String{__apiType;value;__meta__;constructor(o,e){super(o),this.value=o,this.__meta__=e}toString(){return this.value}}const me=new S(`
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
    `),pe=new S(`
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
    `),fe=new S(`
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
    `),ge=new S(`
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
    `),he=new S(`
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
    `),ye=new S(`
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
    `),be={"\n  query ExploreMatrix($asOf: Date) {\n    policyConcepts {\n      key\n      nameZh\n      nameEn\n      unit\n    }\n    policyMatrix(asOf: $asOf) {\n      concept\n      region\n      status\n      inheritedFrom\n      value\n      unit\n      validFrom\n      validTo\n      inForce\n      reason\n      ruleIds\n      citation {\n        document\n        title\n        clause\n        quote\n      }\n    }\n    regions(first: 50, orderBy: { field: CODE }) {\n      edges {\n        node {\n          code\n          nameZh\n          nameEn\n          parent {\n            code\n          }\n        }\n      }\n    }\n    plugins {\n      region\n      name\n      version\n      state\n      rulesetHash\n    }\n  }\n":me,'\n  query ExploreDomainTerms($after: Cursor) {\n    catalogItems(first: 100, after: $after, where: { kind: "domain" }, orderBy: { field: CODE }) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          termZh\n          termEn\n          sharedCodes\n          highRisk\n          region {\n            code\n          }\n        }\n      }\n    }\n  }\n':pe,'\n  query ExploreListTerms($concepts: [String!]!, $after: Cursor) {\n    policyParameters(first: 100, after: $after, where: { conceptIn: $concepts, kind: "TEXT" }, orderBy: { field: PARAM_ID }) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          concept\n          value\n          region {\n            code\n          }\n        }\n      }\n    }\n  }\n':fe,"\n  query ExploreCompare($subject: SubjectInput!, $asOf: Date) {\n    regions(first: 50, orderBy: { field: CODE }) {\n      edges {\n        node {\n          code\n          nameZh\n          nameEn\n        }\n      }\n    }\n    compare(subject: $subject, asOf: $asOf) {\n      region\n      asOf\n      status\n      budget {\n        minimumTotal\n        minimumLabor\n        maximumNonLabor\n        supervisionFund\n      }\n      findings {\n        ruleId\n        region\n        concept\n        status\n        actual\n        required\n        remedy\n        messageZh\n        messageEn\n        citation {\n          document\n          title\n          clause\n          quote\n        }\n      }\n      evaluatedBy {\n        region\n        plugin\n        pluginVersion\n        rulesetHash\n      }\n      error {\n        code\n        message\n      }\n    }\n  }\n":ge,"\n  query ExploreConcepts {\n    policyConcepts {\n      key\n      nameZh\n      nameEn\n      unit\n    }\n    plugins {\n      region\n      name\n      version\n      state\n      rulesetHash\n    }\n  }\n":he,"\n  query ExploreTimeline($concept: String!) {\n    policyParameters(first: 100, where: { concept: $concept }, orderBy: { field: PARAM_ID }) {\n      totalCount\n      edges {\n        node {\n          paramID\n          ruleID\n          value\n          kind\n          unit\n          validFrom\n          validTo\n          citationDocument\n          citationClause\n          citationQuote\n          region {\n            code\n            nameZh\n            nameEn\n          }\n          document {\n            key\n            titleZh\n            titleEn\n            issuedOn\n            validFrom\n            validTo\n          }\n        }\n      }\n    }\n  }\n":ye};function I(t){return be[t]??{}}const ve=I(`
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
    regions(first: 50, orderBy: { field: CODE }) {
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
`),we=I(`
  query ExploreDomainTerms($after: Cursor) {
    catalogItems(first: 100, after: $after, where: { kind: "domain" }, orderBy: { field: CODE }) {
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
`),Ce=I(`
  query ExploreListTerms($concepts: [String!]!, $after: Cursor) {
    policyParameters(first: 100, after: $after, where: { conceptIn: $concepts, kind: "TEXT" }, orderBy: { field: PARAM_ID }) {
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
`),Ee=I(`
  query ExploreCompare($subject: SubjectInput!, $asOf: Date) {
    regions(first: 50, orderBy: { field: CODE }) {
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
`),Oe=I(`
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
`),$e=I(`
  query ExploreTimeline($concept: String!) {
    policyParameters(first: 100, where: { concept: $concept }, orderBy: { field: PARAM_ID }) {
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
`);function A(t,o){const e=[...o].sort((a,r)=>a.region.localeCompare(r.region)||a.plugin.localeCompare(r.plugin));return n("section",{class:"stamp","data-testid":"stamp"},n("h3",{},c(t,"stamp")),n("table",{},n("tr",{},n("th",{},c(t,"regions")),n("th",{},c(t,"plugin")),n("th",{},c(t,"version")),n("th",{},c(t,"rulesetHash")),o.some(a=>a.state)?n("th",{},c(t,"state")):null),e.map(a=>n("tr",{},n("td",{},a.region),n("td",{},a.plugin||"—"),n("td",{},a.version),n("td",{class:"hash",title:a.rulesetHash},a.rulesetHash.slice(0,16)+"…"),a.state?n("td",{},a.state):null))))}function $(t,o,e){return o?t==="zh"?`${o.nameZh} ${e}`:`${o.nameEn||o.nameZh} (${e})`:e}function ke(t){return{asOf:t.get("asOf")??"",category:t.get("category")??"",regions:(t.get("regions")??"").split(",").filter(Boolean)}}function Te(t,o){M(t,"asOf",o.asOf),M(t,"category",o.category),M(t,"regions",o.regions.join(","))}function M(t,o,e){e?t.set(o,e):t.delete(o)}const z=t=>t.split(".")[0]??t;async function Se(t,o){const{lang:e}=t,a=ke(t.query);o.replaceChildren(n("p",{class:"loading"},c(e,"load")));const r=await T(ve,{asOf:a.asOf||null}),s=new Map(r.regions.edges?.flatMap(i=>i?.node?[[i.node.code,i.node]]:[])??[]),u=[...new Set(r.policyMatrix.map(i=>i.region))].sort(),d=u.filter(i=>a.regions.length===0||a.regions.includes(i)),f=[...new Set(r.policyConcepts.map(i=>z(i.key)))],h=r.policyConcepts.filter(i=>!a.category||z(i.key)===a.category),l=new Map(r.policyMatrix.map(i=>[`${i.concept}|${i.region}`,i])),y=i=>t.navigate(g=>Te(g,{...a,...i})),b=n("aside",{class:"detail","data-testid":"cell-detail",hidden:!0}),v=n("form",{class:"filters",onsubmit:i=>i.preventDefault()},j(e,c(e,"asOf"),"asOf",a.asOf,i=>y({asOf:i})).field,n("label",{},c(e,"category")+" ",n("select",{name:"category",onchange:i=>y({category:i.target.value})},n("option",{value:"",selected:!a.category},c(e,"all")),f.map(i=>n("option",{value:i,selected:i===a.category},le(e,i))))),n("fieldset",{class:"regions"},n("legend",{},c(e,"regions")),u.map(i=>n("label",{},n("input",{type:"checkbox",name:"region",value:i,checked:d.includes(i),onchange:g=>{const m=g.target.checked?[...d,i]:d.filter(E=>E!==i);y({regions:m.length===u.length?[]:m})}}),$(e,s.get(i),i))))),p=n("table",{class:"matrix","data-testid":"matrix"},n("thead",{},n("tr",{},n("th",{},c(e,"concept")),d.map(i=>n("th",{"data-region":i},$(e,s.get(i),i))))),n("tbody",{},h.map(i=>n("tr",{},n("th",{scope:"row",title:i.key},e==="zh"?i.nameZh:i.nameEn,n("small",{},`${i.key} · ${i.unit}`)),d.map(g=>{const w=l.get(`${i.key}|${g}`);return n("td",{},w?Ie(e,w,s,()=>Ne(e,b,w,s,e==="zh"?i.nameZh:i.nameEn)):"—")})))));o.replaceChildren(v,n("div",{class:"matrix-wrap"},p,b),A(e,r.plugins.map(i=>({region:i.region,plugin:i.name,version:i.version,rulesetHash:i.rulesetHash??"",state:i.state}))))}function Ie(t,o,e,a){return n("button",{type:"button",class:`cell status-${o.status}${o.inForce?"":" not-in-force"}`,"data-concept":o.concept,"data-region":o.region,onclick:a},n("span",{class:"status"},N(t,o.status)),o.value?n("span",{class:"value"},o.value,n("small",{}," "+(o.unit??""))):null,o.inheritedFrom?n("span",{class:"inherited"},`${c(t,"inheritedFrom")} ${$(t,e.get(o.inheritedFrom),o.inheritedFrom)}`):null)}function Ne(t,o,e,a,r){const s=(f,...h)=>n("div",{class:"row"},n("dt",{},f),n("dd",{},...h)),u=e.citation,d=[n("header",{},n("h3",{},`${r} · ${$(t,a.get(e.region),e.region)}`,n("small",{},e.concept)),n("button",{type:"button",class:"close",onclick:()=>o.hidden=!0},c(t,"close"))),n("dl",{},s(c(t,"status"),N(t,e.status)),e.inheritedFrom?s(c(t,"inheritedFrom"),$(t,a.get(e.inheritedFrom),e.inheritedFrom)):null,e.value?s(c(t,"value"),`${e.value} ${e.unit??""}`):null,s(c(t,"validity"),e.validFrom||e.validTo?`${e.validFrom??"…"} – ${e.validTo??c(t,"openEnded")}`:"—",n("br"),c(t,e.inForce?"inForce":"notInForce")),e.reason?s(c(t,"reason"),e.reason):null,e.ruleIds.length?s(c(t,"rules"),e.ruleIds.join(", ")):null),u?n("section",{class:"citation","data-testid":"citation"},n("h4",{},c(t,"citation")),n("dl",{},s(c(t,"document"),u.title?`${u.title} (${u.document})`:u.document),u.clause?s(c(t,"clause"),u.clause):null,s(c(t,"quote"),n("blockquote",{class:"quote"},u.quote)))):null];o.replaceChildren(...d.filter(f=>f!==null)),o.hidden=!1}const Ae="modulepreload",Pe=function(t,o){return new URL(t,o).href},Y={},H=function(o,e,a){let r=Promise.resolve();if(e&&e.length>0){let h=function(l){return Promise.all(l.map(y=>Promise.resolve(y).then(b=>({status:"fulfilled",value:b}),b=>({status:"rejected",reason:b}))))};const u=document.getElementsByTagName("link"),d=document.querySelector("meta[property=csp-nonce]"),f=d?.nonce||d?.getAttribute("nonce");r=h(e.map(l=>{if(l=Pe(l,a),l in Y)return;Y[l]=!0;const y=l.endsWith(".css"),b=y?'[rel="stylesheet"]':"";if(a)for(let p=u.length-1;p>=0;p--){const i=u[p];if(i.href===l&&(!y||i.rel==="stylesheet"))return}else if(document.querySelector(`link[href="${l}"]${b}`))return;const v=document.createElement("link");if(v.rel=y?"stylesheet":Ae,y||(v.as="script"),v.crossOrigin="",v.href=l,f&&v.setAttribute("nonce",f),document.head.appendChild(v),y)return new Promise((p,i)=>{v.addEventListener("load",p),v.addEventListener("error",()=>i(new Error(`Unable to preload CSS for ${l}`)))})}))}function s(u){const d=new Event("vite:preloadError",{cancelable:!0});if(d.payload=u,window.dispatchEvent(d),!d.defaultPrevented)throw u}return r.then(u=>{for(const d of u||[])d.status==="rejected"&&s(d.reason);return o().catch(s)})},Le=["LABOR","SUPERVISION","ACTIVITIES","MANAGEMENT","INSURANCE_TAX","TRAINING","OTHER"],ee=["NONE","PRIMARY","JUNIOR_HIGH","SENIOR_HIGH","ASSOCIATE","BACHELOR","MASTER","DOCTORATE"],te=["NONE","ASSISTANT","INTERMEDIATE","SENIOR"],De=["PROVINCE","CITY","COUNTY"],xe=["PROVINCE","CITY","COUNTY"],Fe=["TRADE_ASSOCIATION","SCIENCE","CHARITY","COMMUNITY_SERVICE","OTHER"],Me=["SEPARATE","JOINT","AFFILIATED","OTHER"],qe=["QUALIFIED","BASICALLY_QUALIFIED","UNQUALIFIED","NOT_INSPECTED"],x={project:[{name:"domain",label:"domain",type:"text",required:!0},{name:"headcount",label:"headcount",type:"int",required:!0,min:1},{name:"professionalPosts",label:"professionalPosts",type:"int",min:0},{name:"supervisedWorkers",label:"supervisedWorkers",type:"int",min:0},{name:"months",label:"months",type:"int",min:1}],station:[{name:"township",label:"township",type:"text"},{name:"agreedHeadcount",label:"agreedHeadcount",type:"int",min:0},{name:"facilities",label:"facilities",type:"terms",concepts:["station.required_facilities","station.signage"]},{name:"systems",label:"systems",type:"terms",concepts:["station.management_systems"]}],organization:[{name:"fullTimeStaff",label:"fullTimeStaff",type:"int",required:!0,min:0},{name:"qualifiedStaff",label:"qualifiedStaff",type:"int",min:0},{name:"partyMembers",label:"partyMembers",type:"int",min:0},{name:"hasPartyOrganization",label:"hasPartyOrganization",type:"bool"},{name:"partyOrganizationMode",label:"partyOrganizationMode",type:"enum",values:Me},{name:"registrationLevel",label:"registrationLevel",type:"enum",values:xe},{name:"registeredDirectly",label:"registeredDirectly",type:"bool"},{name:"category",label:"organizationCategory",type:"enum",values:Fe},{name:"operatesWithinCommunity",label:"operatesWithinCommunity",type:"bool"},{name:"annualInspection",label:"annualInspection",type:"enum",values:qe},{name:"hasBoard",label:"hasBoard",type:"bool"},{name:"hasSupervisoryBoard",label:"hasSupervisoryBoard",type:"bool"},{name:"registrationConditions",label:"registrationConditions",type:"terms",concepts:["governance.registration_conditions"]},{name:"disclosures",label:"disclosures",type:"terms",concepts:["reporting.disclosure","reporting.org_pay_disclosure"]}],worker:[{name:"age",label:"age",type:"int",min:0},{name:"education",label:"education",type:"enum",values:ee},{name:"certificate",label:"certificate",type:"enum",values:te},{name:"trainingHoursPerYear",label:"trainingHoursPerYear",type:"int",min:0}],government:[{name:"level",label:"level",type:"enum",values:De,required:!0},{name:"townships",label:"townships",type:"int",min:0},{name:"townshipsWithStation",label:"townshipsWithStation",type:"int",min:0},{name:"socialWorkers",label:"socialWorkers",type:"int",min:0},{name:"privateSocialWorkOrganizations",label:"privateSocialWorkOrganizations",type:"int",min:0}]},k=t=>x[t],L=(t,o)=>o!=null&&(o!==""||t.type==="terms");function Re(t){const o=t.get("kind")??"",e=o in x?o:"project",a=d=>(t.get(d)??"").split(",").filter(Boolean).map(f=>f.split(":")),r=a("budget").map(([d="",f=""])=>({category:d,amount:f})),s=a("workers").map(([d="",f="",h=""])=>({age:d,education:f,certificate:h})),u={};for(const d of k(e))u[d.name]=t.get(d.name);return{kind:e,asOf:t.get("asOf")??"",fields:u,budget:e==="project"?r:[],workers:e==="station"?s:[]}}function W(t,o){const e=(a,r)=>r?t.set(a,r):t.delete(a);for(const a of Object.keys(x))for(const r of k(a))t.delete(r.name);e("kind",o.kind==="project"?"":o.kind),e("asOf",o.asOf);for(const a of k(o.kind)){const r=o.fields[a.name];L(a,r)&&t.set(a.name,r)}e("budget",o.budget.filter(a=>a.amount).map(a=>`${a.category}:${a.amount}`).join(",")),e("workers",o.workers.map(a=>`${a.age}:${a.education}:${a.certificate}`).join(","))}function _e(t){const o=k(t.kind);return(o.some(a=>L(a,t.fields[a.name]))||t.workers.length>0)&&o.every(a=>!a.required||L(a,t.fields[a.name]))}function Be(t){const o={};for(const e of k(t.kind)){const a=t.fields[e.name];if(L(e,a))switch(e.type){case"int":o[e.name]=Number.parseInt(a,10);break;case"bool":o[e.name]=a==="true";break;case"terms":o[e.name]=a.split(",").filter(Boolean);break;default:o[e.name]=a}}if(t.kind==="project"){const e=t.budget.filter(a=>a.amount);e.length&&(o.budget=e)}return t.kind==="station"&&(o.workers=t.workers.map(e=>({...e.age?{age:Number.parseInt(e.age,10)}:{},...e.education?{education:e.education}:{},...e.certificate?{certificate:e.certificate}:{}}))),{[t.kind]:o}}let B;async function je(t,o){B?.(),B=void 0;const{lang:e}=t,a=Re(t.query),r=n("section",{class:"results","data-testid":"results"});if(o.replaceChildren(Ze(t,a),r),a.kind==="project"&&Ue(o).catch(()=>{}),k(a.kind).some(s=>s.type==="terms")&&ze(e,o,k(a.kind)).catch(()=>{}),!!_e(a)){r.replaceChildren(n("p",{class:"loading"},c(e,"load")));try{const s=await T(Ee,{subject:Be(a),asOf:a.asOf||null}),u=new Map(s.regions.edges?.flatMap(d=>d?.node?[[d.node.code,d.node]]:[])??[]);await Ye(e,r,s.compare,a,u)}catch(s){r.replaceChildren(n("p",{class:"error",role:"alert"},`${c(e,"error")}: ${s instanceof Error?s.message:String(s)}`))}}}function He(t,o,e){const a=e?e.split(",").filter(Boolean):[];return n("fieldset",{class:"terms","data-field":o.name},n("legend",{},c(t,o.label)),n("div",{class:"options","data-testid":`terms-${o.name}`},a.map(r=>ne(o.name,r,!0))),n("label",{class:"other"},c(t,"otherTerms"),n("input",{name:`${o.name}.other`,placeholder:"、"})),n("label",{class:"none"},n("input",{type:"checkbox",name:`${o.name}.none`,checked:e===""}),c(t,"noneOfThem")))}function ne(t,o,e,a=""){return n("label",{class:"option",title:a},n("input",{type:"checkbox",name:t,value:o,checked:e}),o)}function V(t,o){const e=(r,s,u)=>n("select",{name:r,"aria-label":c(t,r)},n("option",{value:"",selected:u===""},`${c(t,r)} —`),s.map(d=>n("option",{value:d,selected:d===u},d))),a=n("div",{class:"line worker"},n("input",{name:"age",type:"number",min:0,value:o.age,"aria-label":c(t,"age"),placeholder:c(t,"age")}),e("education",ee,o.education),e("certificate",te,o.certificate),n("button",{type:"button",class:"remove",onclick:()=>a.remove()},c(t,"remove")));return a}function Ze(t,o){const{lang:e}=t,a=n("div",{class:"lines"}),r=(l,y)=>{const b=n("div",{class:"line"},n("select",{name:"category"},Le.map(v=>n("option",{value:v,selected:v===l},v))),n("input",{name:"amount",inputmode:"decimal",pattern:"[0-9]+(\\.[0-9]{1,2})?",value:y,"aria-label":c(e,"amount"),placeholder:c(e,"amount")}),n("button",{type:"button",class:"remove",onclick:()=>b.remove()},c(e,"remove")));a.append(b)};if(o.kind==="project")for(const l of o.budget.length?o.budget:[{category:"LABOR",amount:""}])r(l.category,l.amount);const s=n("div",{class:"lines workers"});if(o.kind==="station")for(const l of o.workers.length?o.workers:[{age:"",education:"",certificate:""}])s.append(V(e,l));const u=l=>{const y=o.fields[l.name]??"";if(l.type==="enum"||l.type==="bool"){const b=l.type==="bool"?["true","false"]:l.values??[],v=p=>l.type==="bool"?c(e,p==="true"?"yes":"no"):p;return n("select",{name:l.name,required:l.required},l.required?null:n("option",{value:"",selected:y===""},"—"),b.map(p=>n("option",{value:p,selected:p===y},v(p))))}return l.type==="int"?n("input",{name:l.name,type:"number",min:l.min,required:l.required,value:y}):n("input",{name:l.name,required:l.required,value:y,list:l.name==="domain"?"domain-terms":void 0,title:l.name==="domain"?c(e,"domainHint"):void 0})},d=n("label",{class:"kind"},c(e,"subjectKind"),n("select",{name:"kind",onchange:l=>{const y=l.target.value;t.navigate(b=>W(b,{kind:y,asOf:o.asOf,fields:{},budget:[],workers:[]}))}},Object.keys(x).map(l=>n("option",{value:l,selected:l===o.kind},c(e,l))))),f=j(e,c(e,"asOf"),"asOf",o.asOf),h=k(o.kind);return n("form",{class:"scenario","data-testid":"compare-form",onsubmit:l=>{if(l.preventDefault(),!f.check()){f.input.focus();return}const y=new FormData(l.target),b=i=>String(y.get(i)??"").trim(),v={};for(const i of h){if(i.type!=="terms"){v[i.name]=b(i.name);continue}const g=[...y.getAll(i.name).map(String),...b(`${i.name}.other`).split(/[、,，]/)].map(w=>w.trim()).filter(Boolean);v[i.name]=g.length?[...new Set(g)].join(","):y.get(`${i.name}.none`)?"":null}const p={kind:o.kind,asOf:b("asOf"),fields:v,budget:[...a.querySelectorAll(".line")].map(i=>({category:i.querySelector("select").value,amount:i.querySelector("input").value.trim()})),workers:[...s.querySelectorAll(".line")].map(i=>({age:i.querySelector("[name=age]").value.trim(),education:i.querySelector("[name=education]").value,certificate:i.querySelector("[name=certificate]").value})).filter(i=>i.age||i.education||i.certificate)};t.navigate(i=>W(i,p))}},n("div",{class:"fields"},d,h.filter(l=>l.type!=="terms").map(l=>n("label",{},c(e,l.label),u(l))),o.kind==="project"?n("datalist",{id:"domain-terms"}):null,f.field),o.kind==="project"?n("fieldset",{class:"budget"},n("legend",{},c(e,"budget")),a,n("button",{type:"button",class:"add",onclick:()=>r("ACTIVITIES","")},c(e,"addLine"))):null,o.kind==="station"?n("fieldset",{class:"budget workers"},n("legend",{},c(e,"stationWorkers")),s,n("button",{type:"button",class:"add",onclick:()=>s.append(V(e,{age:"",education:"",certificate:""}))},c(e,"addWorker"))):null,h.filter(l=>l.type==="terms").map(l=>He(e,l,o.fields[l.name]??null)),n("p",{class:"actions"},n("button",{type:"submit",class:"run"},c(e,"run")),n("small",{},c(e,"share"))))}async function oe(t){const o=[];for(let e=null;;){const a=await t(e);for(const r of a.edges??[])r?.node&&o.push(r.node);if(!a.pageInfo.hasNextPage||!a.pageInfo.endCursor)return o;e=a.pageInfo.endCursor}}async function Ue(t){const o=await oe(async r=>(await T(we,{after:r})).catalogItems),e=t.querySelector("#domain-terms");if(!e)return;const a=new Map;for(const r of o){const s=(u,d)=>a.set(u,[...a.get(u)??[],d]);s(r.termZh,`${r.region.code}${r.highRisk?" · 高风险 high-risk":""}${r.termEn?" · "+r.termEn:""}`);for(const u of r.sharedCodes)s(u,`${r.region.code}: ${r.termZh}`)}e.replaceChildren(...[...a].map(([r,s])=>n("option",{value:r},[...new Set(s)].join("; "))))}async function ze(t,o,e){const a=[...new Set(e.flatMap(s=>s.concepts??[]))],r=await oe(async s=>(await T(Ce,{concepts:a,after:s})).policyParameters);for(const s of e){const u=o.querySelector(`[data-testid="terms-${s.name}"]`);if(!u||!s.concepts)continue;const d=new Map;for(const h of r)if(s.concepts.includes(h.concept))for(const l of h.value.split("、").map(y=>y.trim()).filter(Boolean))d.set(l,(d.get(l)??new Set).add(h.region.code));const f=new Set([...u.querySelectorAll("input[type=checkbox]")].map(h=>h.value));for(const[h,l]of d)f.has(h)||u.append(ne(s.name,h,!1,`${c(t,"namedBy")} ${[...l].join(", ")}`))}}const Q=["FAIL","INSUFFICIENT_INPUT","PASS","NOT_IN_FORCE","NOT_APPLICABLE"];async function Ye(t,o,e,a,r){const s=p=>$(t,r.get(p),p),u=n("div",{class:"chart","data-testid":"minima-chart"}),d=n("div",{class:"columns"},e.map(p=>{const i=[...p.findings].sort((m,E)=>Q.indexOf(m.status)-Q.indexOf(E.status)),g=i.filter(m=>m.status!=="NOT_APPLICABLE"),w=i.length-g.length;return n("article",{class:"region","data-region":p.region},n("h3",{},s(p.region)),n("p",{class:`overall status-${p.status}`,"data-testid":"overall"},N(t,p.status)),p.error?n("p",{class:"error"},`${p.error.code}: ${p.error.message}`):null,n("ol",{class:"findings"},g.map(m=>n("li",{class:`finding status-${m.status}`,"data-rule":m.ruleId},n("div",{class:"head"},n("span",{class:"status"},N(t,m.status))," ",n("code",{},m.ruleId)),n("p",{},t==="zh"?m.messageZh:m.messageEn),m.actual||m.required?n("p",{class:"numbers"},`${c(t,"actual")} ${m.actual??"—"} · ${c(t,"required")} ${m.required??"—"}`):null,m.remedy?n("p",{class:"remedy"},n("b",{},c(t,"remedy")+": "),m.remedy):null,n("details",{class:"citation"},n("summary",{},`${c(t,"citation")}: ${m.citation.title??m.citation.document}${m.citation.clause?" · "+m.citation.clause:""}`),n("blockquote",{class:"quote"},m.citation.quote))))),w?n("p",{class:"skipped"},`${w} ${c(t,"notApplicable")}`):null)})),f=e.flatMap(p=>p.evaluatedBy.map(i=>({region:i.region,plugin:i.plugin??"",version:i.pluginVersion,rulesetHash:i.rulesetHash}))),h=[...new Map(f.map(p=>[`${p.region}|${p.plugin}|${p.rulesetHash}`,p])).values()];if(a.kind!=="project"){o.replaceChildren(d,A(t,h));return}o.replaceChildren(n("h2",{},c(t,"minima")),u,d,A(t,h));const l=p=>p?Number(p):null;if(!e.some(p=>p.budget?.minimumTotal||p.budget?.minimumLabor)){u.replaceChildren(n("p",{class:"note"},c(t,"noMinima")));return}const y=a.budget.reduce((p,i)=>p+(Number(i.amount)||0),0),b=[{name:c(t,"minimumTotal"),values:e.map(p=>l(p.budget?.minimumTotal))},{name:c(t,"minimumLabor"),values:e.map(p=>l(p.budget?.minimumLabor))},{name:c(t,"supervisionFund"),values:e.map(p=>l(p.budget?.supervisionFund))}],{barChart:v}=await H(async()=>{const{barChart:p}=await import("./bar.js");return{barChart:p}},__vite__mapDeps([0,1]),import.meta.url);u.isConnected&&(B=v(u,e.map(p=>s(p.region)),b,y>0?{name:c(t,"yourBudget"),value:Math.round(y*100)/100}:void 0))}let q;function We(t,o){switch(t){case"MONEY":case"INTEGER":{const e=Number(o);return Number.isFinite(e)?e:null}case"RATIO":{const[e,a]=o.split("/").map(Number);return a===void 0?Number.isFinite(e)?e??null:null:e!==void 0&&Number.isFinite(e)&&Number.isFinite(a)&&a!==0?e/a:null}case"BOOL":return o==="true"?1:o==="false"?0:null;default:return null}}function G(t){const o=new Date(t+"T00:00:00Z");return o.setUTCDate(o.getUTCDate()+1),o.toISOString().slice(0,10)}async function Ve(t,o){q?.(),q=void 0;const{lang:e}=t;o.replaceChildren(n("p",{class:"loading"},c(e,"load")));const a=await T(Oe,{}),r=t.query.get("concept")||a.policyConcepts[0]?.key||"",u=((await T($e,{concept:r})).policyParameters.edges??[]).flatMap(g=>g?.node?[g.node]:[]),d=a.policyConcepts.find(g=>g.key===r),f=n("form",{class:"filters",onsubmit:g=>g.preventDefault()},n("label",{},c(e,"concept")+" ",n("select",{name:"concept",onchange:g=>t.navigate(w=>w.set("concept",g.target.value))},a.policyConcepts.map(g=>n("option",{value:g.key,selected:g.key===r},`${e==="zh"?g.nameZh:g.nameEn} · ${g.key}`)))),d?n("span",{class:"unit"},`${c(e,"unit")}: ${d.unit}`):null),h=n("div",{class:"chart timeline","data-testid":"timeline-chart"}),l=Qe(t,u);o.replaceChildren(f,h,n("p",{class:"note"},c(e,"timelineNote")),l,A(e,a.plugins.map(g=>({region:g.region,plugin:g.name,version:g.version,rulesetHash:g.rulesetHash??"",state:g.state}))));const y=new Date().toISOString().slice(0,10),b=new Map;for(const g of u)b.set(g.region.code,[...b.get(g.region.code)??[],g]);const v=[];for(const[g,w]of[...b].sort(([m],[E])=>m.localeCompare(E))){const m=[],E=w.map(C=>({p:C,from:C.validFrom??C.document?.validFrom??C.document?.issuedOn,v:We(C.kind,C.value)})).filter(C=>!!C.from&&C.v!==null).sort((C,O)=>C.from.localeCompare(O.from));for(const C of E){const O=C.p.validTo?G(C.p.validTo):y>C.from?y:G(C.from);m.push([C.from,C.v],[O,C.v]),C.p.validTo&&m.push([O,null])}m.length&&v.push({name:$(e,w[0]?.region,g),points:m})}if(!v.length){h.replaceChildren(n("p",{class:"note"},c(e,"notPlotted")));return}const p=new Map;for(const g of u){const w=g.document;w?.issuedOn&&p.set(`${w.key}|${w.issuedOn}`,w.issuedOn)}const{stepChart:i}=await H(async()=>{const{stepChart:g}=await import("./step.js");return{stepChart:g}},__vite__mapDeps([2,1]),import.meta.url);h.isConnected&&(q=i(h,v,[...p].map(([g,w])=>({name:g.split("|")[0]??g,date:w}))))}function Qe(t,o){const{lang:e}=t,a=[...o].sort((r,s)=>r.region.code.localeCompare(s.region.code)||(r.validFrom??"").localeCompare(s.validFrom??""));return n("table",{class:"windows","data-testid":"timeline-table"},n("tr",{},[c(e,"regions"),c(e,"value"),c(e,"validity"),c(e,"document"),c(e,"clause"),c(e,"quote")].map(r=>n("th",{},r))),a.map(r=>n("tr",{"data-region":r.region.code},n("td",{},$(e,r.region,r.region.code)),n("td",{},`${r.value} ${r.unit??""}`),n("td",{},`${r.validFrom??"…"} – ${r.validTo??c(e,"openEnded")}`),n("td",{},r.document?`${e==="zh"?r.document.titleZh:r.document.titleEn||r.document.titleZh} (${r.document.key}${r.document.issuedOn?", "+r.document.issuedOn:""})`:r.citationDocument??"—"),n("td",{},r.citationClause??"—"),n("td",{},r.citationQuote?n("blockquote",{class:"quote"},r.citationQuote):"—"))))}function Ge(t){const o=[];let e=[],a="",r=!1,s=t.charCodeAt(0)===65279?1:0;for(;s<t.length;s++){const u=t[s];r?u==='"'&&t[s+1]==='"'?(a+='"',s++):u==='"'?r=!1:a+=u:u==='"'?r=!0:u===","?(e.push(a),a=""):u===`
`||u==="\r"?(u==="\r"&&t[s+1]===`
`&&s++,e.push(a),o.push(e),e=[],a=""):a+=u}return(a!==""||e.length)&&(e.push(a),o.push(e)),o}function ae(t){const[o,...e]=Ge(t);return o?e.map(a=>Object.fromEntries(o.map((r,s)=>[r,a[s]??""]))):[]}const J="/export/compare.csv",X="X-Scenario-Count",R=50,Je=[["NON_COMPLIANT","#b42318"],["INCOMPLETE","#d08700"],["COMPLIANT","#1f7a3a"],["NOT_IN_FORCE","#8a94a6"],["NOT_REGULATED","#c5ccd6"]];let D=[],P;async function Xe(t,o){for(const d of D)d();D=[];const{lang:e}=t,a=n("section",{class:"results","data-testid":"batch-results"}),r=j(e,c(e,"asOf"),"asOf",""),s=n("p",{class:"progress","data-testid":"batch-progress",hidden:!0}),u=n("form",{class:"scenario","data-testid":"batch-form",onsubmit:d=>{d.preventDefault();const f=new FormData(d.target),h=f.get("file");if(!(!(h instanceof File)||h.size===0)){if(!r.check()){r.input.focus();return}Ke(t,h,String(f.get("asOf")??"").trim(),s,a).catch(l=>{a.replaceChildren(n("p",{class:"error",role:"alert"},`${c(e,"error")}: ${l instanceof Error?l.message:String(l)}`))})}}},n("h2",{},c(e,"batch")),n("p",{class:"note"},c(e,"batchHint")),n("div",{class:"fields"},n("label",{},c(e,"scenarioFile"),n("input",{type:"file",name:"file",accept:".yaml,.yml,.json",required:!0})),r.field),n("p",{class:"actions"},n("button",{type:"submit",class:"run"},c(e,"runBatch"))));o.replaceChildren(u,s,a)}async function Ke(t,o,e,a,r){const{lang:s}=t;r.replaceChildren(),a.hidden=!1;const u=n("progress",{value:0,max:1}),d=n("span",{"data-testid":"batch-progress-count"},c(s,"running"));a.replaceChildren(u," ",d);const f=[];let h=e,l=0;for(let b=0;b===0||b<l;b+=R){const v=new URLSearchParams({from:String(b),count:String(R)});h&&v.set("asOf",h);const p=await fetch(`${J}?${v}`,{method:"POST",headers:{"Content-Type":o.name.endsWith(".json")?"application/json":"application/yaml"},body:o});if(!p.ok)throw new Error(await et(s,p,b));if(l=Number(p.headers.get(X)),!Number.isInteger(l)||l<1)throw new Error(`${J}: no ${X}`);const i=new Uint8Array(await p.arrayBuffer());f.length===0?(f.push(i),h||=ae(new TextDecoder().decode(i)).find(w=>w.row==="summary")?.as_of??""):f.push(i.subarray(i.indexOf(10)+1));const g=Math.min(b+R,l);u.max=l,u.value=g,d.textContent=`${g} / ${l} ${c(s,"scenarios")}`}const y=new Blob(f,{type:"text/csv"});await tt(t,r,await y.text(),y)}async function et(t,o,e){const r=(await o.json().catch(()=>null))?.error;if(!r)return`HTTP ${o.status}`;const s=r.field??"",u=y=>c(t,"scenarioAt").replace("{n}",String(Number(y)+1));let d=(r.message??"").startsWith(s+": ")?(r.message??"").slice(s.length+2):r.message??"";d=d.replace(/scenarios\[(\d+)\]/g,(y,b)=>u(b));const f=/^scenarios\[(\d+)\]\.?(.*)$/.exec(s),h=f?`${u(f[1]??"0")}${f[2]?" · "+f[2]:""}`:s,l=e>0?` (${c(t,"stoppedAfter").replace("{n}",String(e))})`:"";return`${r.code??""} ${h?h+": ":""}${d}${l}`}async function tt(t,o,e,a){const{lang:r}=t,s=ae(e),u=s.filter(m=>m.row==="summary"),d=s.filter(m=>m.row==="finding"&&m.finding_status==="FAIL"),f=[...new Set(u.map(m=>m.region??""))].sort(),h=new Set(u.map(m=>m.scenario)).size,l=new Map;for(const m of u)l.set(`${m.region}|${m.status}`,(l.get(`${m.region}|${m.status}`)??0)+1);const y=new Map;for(const m of d)y.set(m.rule_id??"",(y.get(m.rule_id??"")??0)+1);const b=[...y].sort((m,E)=>E[1]-m[1]||m[0].localeCompare(E[0])).slice(0,10);P&&URL.revokeObjectURL(P),P=URL.createObjectURL(a);const v=n("div",{class:"chart","data-testid":"batch-outcomes"}),p=n("div",{class:"chart","data-testid":"batch-rules"}),i=[];for(const m of u){const E=(m.plugin_versions??"").split(";").filter(Boolean),C=new Map((m.ruleset_hashes??"").split(";").filter(Boolean).map(O=>O.trim().split("=")));for(const O of E){const[U="",re=""]=O.trim().split("=");i.push({region:U,plugin:"",version:re,rulesetHash:C.get(U)??""})}}const g=[...new Map(i.map(m=>[`${m.region}|${m.version}|${m.rulesetHash}`,m])).values()];o.replaceChildren(n("p",{class:"summary","data-testid":"batch-summary"},`${h} ${c(r,"scenarios")} × ${f.length} ${c(r,"regionCount")} `,n("a",{href:P,download:"compare.csv",class:"download","data-testid":"batch-download"},c(r,"downloadCSV"))),n("div",{class:"two"},n("div",{},n("h3",{},c(r,"outcomes")),v),n("div",{},n("h3",{},c(r,"topFailing")),p,n("ol",{class:"top-rules","data-testid":"batch-top-rules"},b.map(([m,E])=>n("li",{"data-rule":m},n("code",{},m),` ${E}`))))),A(r,g));const{barChart:w}=await H(async()=>{const{barChart:m}=await import("./bar.js");return{barChart:m}},__vite__mapDeps([0,1]),import.meta.url);v.isConnected&&(D.push(w(v,f,Je.map(([m,E])=>({name:N(r,m),color:E,values:f.map(C=>l.get(`${C}|${m}`)??0)})),void 0,"outcome")),b.length?D.push(w(p,b.map(([m])=>m),[{name:c(r,"failCount"),color:"#b42318",values:b.map(([,m])=>m)}],void 0,void 0,!0)):p.replaceChildren(n("p",{class:"note"},c(r,"noFailures"))))}const _={matrix:Se,timeline:Ve,compare:je,batch:Xe};function Z(){const t=new URLSearchParams(location.search),o=t.get("lang")==="en"?"en":"zh",e=t.get("view")??"",a=e in _?e:"matrix";document.documentElement.lang=o==="zh"?"zh-CN":"en",document.title=`${c(o,"title")} · shegong`;const r={lang:o,query:t,navigate(d){const f=new URLSearchParams(location.search);d(f),history.pushState(null,"","?"+f.toString()),Z()}},s=(d,f,h={})=>{const l=new URLSearchParams(t);return f(l),n("a",{...h,href:"?"+l.toString(),onclick:y=>{y.preventDefault(),r.navigate(f)}},d)},u=n("main",{id:"view","data-view":a});document.body.replaceChildren(n("header",{},n("h1",{},c(o,"title")),n("nav",{},Object.keys(_).map(d=>s(c(o,d),f=>f.set("view",d),{class:d===a?"tab current":"tab","data-view":d}))),s(c(o,"language"),d=>o==="zh"?d.set("lang","en"):d.delete("lang"),{class:"lang","data-testid":"lang"})),u),_[a](r,u).catch(d=>{u.replaceChildren(n("p",{class:"error",role:"alert"},`${c(o,"error")}: ${String(d instanceof Error?d.message:d)}`))})}window.addEventListener("popstate",Z);Z();
