import{u as V,i as W,a as Q,b as G,c as Y,d as J,e as K,f as X,g as ee}from"./echarts.js";(function(){const o=document.createElement("link").relList;if(o&&o.supports&&o.supports("modulepreload"))return;for(const i of document.querySelectorAll('link[rel="modulepreload"]'))a(i);new MutationObserver(i=>{for(const r of i)if(r.type==="childList")for(const u of r.addedNodes)u.tagName==="LINK"&&u.rel==="modulepreload"&&a(u)}).observe(document,{childList:!0,subtree:!0});function e(i){const r={};return i.integrity&&(r.integrity=i.integrity),i.referrerPolicy&&(r.referrerPolicy=i.referrerPolicy),i.crossOrigin==="use-credentials"?r.credentials="include":i.crossOrigin==="anonymous"?r.credentials="omit":r.credentials="same-origin",r}function a(i){if(i.ep)return;i.ep=!0;const r=e(i);fetch(i.href,r)}})();function t(n,o={},...e){const a=document.createElement(n);for(const[i,r]of Object.entries(o))r===void 0||r===!1||(typeof r=="function"?a.addEventListener(i.replace(/^on/,""),r):r===!0?a.setAttribute(i,""):a.setAttribute(i,String(r)));for(const i of e.flat())i==null||i===!1||a.append(i instanceof Node?i:String(i));return a}const te={title:["社会工作政策研究工作台","Social-work policy workbench"],matrix:["政策矩阵","Policy matrix"],timeline:["参数时间线","Parameter timeline"],compare:["情景比较","Compare a scenario"],batch:["批量比较","Batch"],batchHint:["上传情景文件（shegong compare 读取的 YAML 或 JSON），在各地区评估全部情景。","Upload a scenario file (the YAML or JSON that shegong compare reads) and evaluate every scenario under the regions."],scenarioFile:["情景文件","Scenario file"],runBatch:["运行","Run"],running:["运行中…","Running…"],scenarios:["个情景","scenarios"],regionCount:["个地区","regions"],downloadCSV:["下载 CSV","Download the CSV"],outcomes:["各地区结论","Outcomes by region"],topFailing:["最常不通过的规则","Most frequent failing rules"],failCount:["不通过次数","Failures"],noFailures:["没有不通过的规则","No rule failed"],timelineNote:["按各地区同步的政策参数的有效期绘制；虚线为文件发布日期。继承上级地区的值见政策矩阵。","Steps over the validity windows of each region's synced parameters; dotted lines are the documents' issue dates. Values inherited from a parent region are in the matrix."],notPlotted:["此概念的值不是数值，见下表","This concept has no numeric values to plot: see the table"],asOf:["基准日","As of"],category:["概念类别","Concept category"],all:["全部","All"],regions:["地区","Regions"],concept:["概念","Concept"],unit:["单位","Unit"],value:["数值","Value"],load:["加载中…","Loading…"],citation:["出处","Citation"],document:["文件","Document"],clause:["条款","Clause"],quote:["原文","Quote"],validity:["有效期","Validity"],inForce:["在基准日有效","In force on the as-of date"],notInForce:["在基准日无效","Not in force on the as-of date"],openEnded:["至今","open-ended"],reason:["说明","Reason"],rules:["规则","Rules"],inheritedFrom:["继承自","inherited from"],close:["关闭","Close"],stamp:["结果来源（插件版本与规则集哈希）","Produced by (plugin versions and ruleset hashes)"],plugin:["插件","Plugin"],version:["版本","Version"],rulesetHash:["规则集哈希","Ruleset hash"],state:["状态","State"],project:["项目","Project"],worker:["社工","Worker"],government:["政府","Government"],subjectKind:["评估对象","Subject"],age:["年龄","Age"],education:["学历","Education"],certificate:["职业水平证书","Certificate"],trainingHoursPerYear:["年度继续教育学时","Training hours a year"],level:["层级","Level"],townships:["乡镇(街道)数","Townships"],townshipsWithStation:["建站乡镇数","Townships with a station"],socialWorkers:["社会工作人才数","Social workers"],privateSocialWorkOrganizations:["民办社工机构数","Private social-work organisations"],domain:["服务领域","Service domain"],domainHint:["各地区认可的用语或共享编码","a region's accepted term or a shared code"],headcount:["人数","Headcount"],professionalPosts:["专业岗位数","Professional posts"],supervisedWorkers:["受督导社工数","Supervised workers"],months:["服务月数","Months"],budget:["预算","Budget"],amount:["金额（元）","Amount (yuan)"],addLine:["添加一行","Add a line"],remove:["删除","Remove"],run:["比较各地区","Compare the regions"],share:["本页链接即此情景，可直接分享","This page's link holds the scenario: share it"],status:["结论","Status"],remedy:["整改","Remedy"],actual:["实际","Actual"],required:["要求","Required"],notApplicable:["项不适用","not applicable"],minima:["各地区经费下限","Budget minima by region"],minimumTotal:["经费总额下限","Minimum total"],minimumLabor:["人员经费下限","Minimum labour"],supervisionFund:["督导经费","Supervision fund"],yourBudget:["本情景预算","This budget"],noMinima:["没有地区为此情景设定经费下限","No region sets budget minima for this scenario"],error:["出错","Error"],language:["English","中文"]};function l(n,o){return te[o][n==="zh"?0:1]}const ne={DEFINED:["已规定"],INHERITED:["继承"],NOT_REGULATED:["未规定"],NOT_MODELLED:["未建模"],COMPLIANT:["符合"],NON_COMPLIANT:["不符合"],INCOMPLETE:["信息不全"],NOT_IN_FORCE:["未生效"],PASS:["通过"],FAIL:["不通过"],NOT_APPLICABLE:["不适用"],INSUFFICIENT_INPUT:["缺少信息"]};function T(n,o){const e=ne[o];return e&&n==="zh"?`${e[0]} ${o}`:o}const oe={budget:["经费","Budget"],staffing:["人员","Staffing"],governance:["治理","Governance"],contract:["合同","Contract"],funding:["资金","Funding"]};function ae(n,o){const e=oe[o];return e?`${e[n==="zh"?0:1]} (${o})`:o}const ie="/graphql";class A extends Error{constructor(o,e,a){super(o),this.code=e,this.field=a}code;field}async function k(n,o){const e=await fetch(ie,{method:"POST",headers:{"Content-Type":"application/json",Accept:"application/graphql-response+json, application/json"},body:JSON.stringify({query:n.toString(),variables:o})});let a;try{a=await e.json()}catch{throw new A(`HTTP ${e.status}`)}const i=a.errors?.[0];if(i)throw new A(i.message,i.extensions?.code,i.extensions?.field);if(!a.data)throw new A(`HTTP ${e.status}`);return a.data}class I extends String{__apiType;value;__meta__;constructor(o,e){super(o),this.value=o,this.__meta__=e}toString(){return this.value}}const se=new I(`
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
    `),re=new I(`
    query ExploreDomainTerms {
  catalogItems(first: 500, where: {kind: "domain"}, orderBy: {field: CODE}) {
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
    `),ce=new I(`
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
    `),le=new I(`
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
    `),ue=new I(`
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
    `),de={"\n  query ExploreMatrix($asOf: Date) {\n    policyConcepts {\n      key\n      nameZh\n      nameEn\n      unit\n    }\n    policyMatrix(asOf: $asOf) {\n      concept\n      region\n      status\n      inheritedFrom\n      value\n      unit\n      validFrom\n      validTo\n      inForce\n      reason\n      ruleIds\n      citation {\n        document\n        title\n        clause\n        quote\n      }\n    }\n    regions(first: 50, orderBy: { field: CODE }) {\n      edges {\n        node {\n          code\n          nameZh\n          nameEn\n          parent {\n            code\n          }\n        }\n      }\n    }\n    plugins {\n      region\n      name\n      version\n      state\n      rulesetHash\n    }\n  }\n":se,'\n  query ExploreDomainTerms {\n    catalogItems(first: 500, where: { kind: "domain" }, orderBy: { field: CODE }) {\n      edges {\n        node {\n          termZh\n          termEn\n          sharedCodes\n          highRisk\n          region {\n            code\n          }\n        }\n      }\n    }\n  }\n':re,"\n  query ExploreCompare($subject: SubjectInput!, $asOf: Date) {\n    regions(first: 50, orderBy: { field: CODE }) {\n      edges {\n        node {\n          code\n          nameZh\n          nameEn\n        }\n      }\n    }\n    compare(subject: $subject, asOf: $asOf) {\n      region\n      asOf\n      status\n      budget {\n        minimumTotal\n        minimumLabor\n        maximumNonLabor\n        supervisionFund\n      }\n      findings {\n        ruleId\n        region\n        concept\n        status\n        actual\n        required\n        remedy\n        messageZh\n        messageEn\n        citation {\n          document\n          title\n          clause\n          quote\n        }\n      }\n      evaluatedBy {\n        region\n        plugin\n        pluginVersion\n        rulesetHash\n      }\n      error {\n        code\n        message\n      }\n    }\n  }\n":ce,"\n  query ExploreConcepts {\n    policyConcepts {\n      key\n      nameZh\n      nameEn\n      unit\n    }\n    plugins {\n      region\n      name\n      version\n      state\n      rulesetHash\n    }\n  }\n":le,"\n  query ExploreTimeline($concept: String!) {\n    policyParameters(first: 100, where: { concept: $concept }, orderBy: { field: PARAM_ID }) {\n      totalCount\n      edges {\n        node {\n          paramID\n          ruleID\n          value\n          kind\n          unit\n          validFrom\n          validTo\n          citationDocument\n          citationClause\n          citationQuote\n          region {\n            code\n            nameZh\n            nameEn\n          }\n          document {\n            key\n            titleZh\n            titleEn\n            issuedOn\n            validFrom\n            validTo\n          }\n        }\n      }\n    }\n  }\n":ue};function x(n){return de[n]??{}}const me=x(`
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
`),pe=x(`
  query ExploreDomainTerms {
    catalogItems(first: 500, where: { kind: "domain" }, orderBy: { field: CODE }) {
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
`),ge=x(`
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
`),fe=x(`
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
`),he=x(`
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
`);function S(n,o){const e=[...o].sort((a,i)=>a.region.localeCompare(i.region)||a.plugin.localeCompare(i.plugin));return t("section",{class:"stamp","data-testid":"stamp"},t("h3",{},l(n,"stamp")),t("table",{},t("tr",{},t("th",{},l(n,"regions")),t("th",{},l(n,"plugin")),t("th",{},l(n,"version")),t("th",{},l(n,"rulesetHash")),o.some(a=>a.state)?t("th",{},l(n,"state")):null),e.map(a=>t("tr",{},t("td",{},a.region),t("td",{},a.plugin||"—"),t("td",{},a.version),t("td",{class:"hash",title:a.rulesetHash},a.rulesetHash.slice(0,16)+"…"),a.state?t("td",{},a.state):null))))}function $(n,o,e){return o?n==="zh"?`${o.nameZh} ${e}`:`${o.nameEn||o.nameZh} (${e})`:e}function ye(n){return{asOf:n.get("asOf")??"",category:n.get("category")??"",regions:(n.get("regions")??"").split(",").filter(Boolean)}}function ve(n,o){L(n,"asOf",o.asOf),L(n,"category",o.category),L(n,"regions",o.regions.join(","))}function L(n,o,e){e?n.set(o,e):n.delete(o)}const B=n=>n.split(".")[0]??n;async function be(n,o){const{lang:e}=n,a=ye(n.query);o.replaceChildren(t("p",{class:"loading"},l(e,"load")));const i=await k(me,{asOf:a.asOf||null}),r=new Map(i.regions.edges?.flatMap(s=>s?.node?[[s.node.code,s.node]]:[])??[]),u=[...new Set(i.policyMatrix.map(s=>s.region))].sort(),c=u.filter(s=>a.regions.length===0||a.regions.includes(s)),m=[...new Set(i.policyConcepts.map(s=>B(s.key)))],g=i.policyConcepts.filter(s=>!a.category||B(s.key)===a.category),h=new Map(i.policyMatrix.map(s=>[`${s.concept}|${s.region}`,s])),v=s=>n.navigate(f=>ve(f,{...a,...s})),d=t("aside",{class:"detail","data-testid":"cell-detail",hidden:!0}),b=t("form",{class:"filters",onsubmit:s=>s.preventDefault()},t("label",{},l(e,"asOf")+" ",t("input",{type:"date",name:"asOf",value:a.asOf,onchange:s=>v({asOf:s.target.value})})),t("label",{},l(e,"category")+" ",t("select",{name:"category",onchange:s=>v({category:s.target.value})},t("option",{value:"",selected:!a.category},l(e,"all")),m.map(s=>t("option",{value:s,selected:s===a.category},ae(e,s))))),t("fieldset",{class:"regions"},t("legend",{},l(e,"regions")),u.map(s=>t("label",{},t("input",{type:"checkbox",name:"region",value:s,checked:c.includes(s),onchange:f=>{const O=f.target.checked?[...c,s]:c.filter(y=>y!==s);v({regions:O.length===u.length?[]:O})}}),$(e,r.get(s),s))))),E=t("table",{class:"matrix","data-testid":"matrix"},t("thead",{},t("tr",{},t("th",{},l(e,"concept")),c.map(s=>t("th",{"data-region":s},$(e,r.get(s),s))))),t("tbody",{},g.map(s=>t("tr",{},t("th",{scope:"row",title:s.key},e==="zh"?s.nameZh:s.nameEn,t("small",{},`${s.key} · ${s.unit}`)),c.map(f=>{const p=h.get(`${s.key}|${f}`);return t("td",{},p?Oe(e,p,r,()=>Ee(e,d,p,r,e==="zh"?s.nameZh:s.nameEn)):"—")})))));o.replaceChildren(b,t("div",{class:"matrix-wrap"},E,d),S(e,i.plugins.map(s=>({region:s.region,plugin:s.name,version:s.version,rulesetHash:s.rulesetHash??"",state:s.state}))))}function Oe(n,o,e,a){return t("button",{type:"button",class:`cell status-${o.status}${o.inForce?"":" not-in-force"}`,"data-concept":o.concept,"data-region":o.region,onclick:a},t("span",{class:"status"},T(n,o.status)),o.value?t("span",{class:"value"},o.value,t("small",{}," "+(o.unit??""))):null,o.inheritedFrom?t("span",{class:"inherited"},`${l(n,"inheritedFrom")} ${$(n,e.get(o.inheritedFrom),o.inheritedFrom)}`):null)}function Ee(n,o,e,a,i){const r=(m,...g)=>t("div",{class:"row"},t("dt",{},m),t("dd",{},...g)),u=e.citation,c=[t("header",{},t("h3",{},`${i} · ${$(n,a.get(e.region),e.region)}`,t("small",{},e.concept)),t("button",{type:"button",class:"close",onclick:()=>o.hidden=!0},l(n,"close"))),t("dl",{},r(l(n,"status"),T(n,e.status)),e.inheritedFrom?r(l(n,"inheritedFrom"),$(n,a.get(e.inheritedFrom),e.inheritedFrom)):null,e.value?r(l(n,"value"),`${e.value} ${e.unit??""}`):null,r(l(n,"validity"),e.validFrom||e.validTo?`${e.validFrom??"…"} – ${e.validTo??l(n,"openEnded")}`:"—",t("br"),l(n,e.inForce?"inForce":"notInForce")),e.reason?r(l(n,"reason"),e.reason):null,e.ruleIds.length?r(l(n,"rules"),e.ruleIds.join(", ")):null),u?t("section",{class:"citation","data-testid":"citation"},t("h4",{},l(n,"citation")),t("dl",{},r(l(n,"document"),u.title?`${u.title} (${u.document})`:u.document),u.clause?r(l(n,"clause"),u.clause):null,r(l(n,"quote"),t("blockquote",{class:"quote"},u.quote)))):null];o.replaceChildren(...c.filter(m=>m!==null)),o.hidden=!1}V([Q,G,Y,J,K,X,ee]);function M(n,o,e,a,i,r=!1){const u={type:"category",data:o,inverse:r},c={type:"value",minInterval:i||r?1:0},m={animation:!1,tooltip:{trigger:"axis"},legend:{top:0},grid:{left:r?200:72,right:16,top:32,bottom:28},xAxis:r?c:u,yAxis:r?u:c,series:e.map((g,h)=>({type:"bar",name:g.name,data:g.values,stack:i,itemStyle:g.color?{color:g.color}:void 0,markLine:h===0&&a?{symbol:"none",data:[{yAxis:a.value,name:a.name}],label:{position:"insideEndTop",formatter:a.name+" {c}"}}:void 0}))};return U(n,m)}function we(n,o,e){const a=[...o.flatMap(m=>m.points.map(g=>g[0])),...e.map(m=>m.date)].map(m=>Date.parse(m)),i=Math.min(...a),r=Math.max(...a),u=Math.max((r-i)*.03,15*864e5),c={animation:!1,tooltip:{trigger:"axis"},legend:{top:0},grid:{left:72,right:24,top:32,bottom:28},xAxis:{type:"time",min:i-u,max:r+u},yAxis:{type:"value",scale:!0},series:o.map((m,g)=>({type:"line",name:m.name,step:"end",connectNulls:!1,showSymbol:!0,data:m.points,markLine:g===0&&e.length?{symbol:"none",lineStyle:{type:"dotted",color:"#888"},label:{formatter:"{b}",position:"insideEndTop",fontSize:10},data:e.map(h=>({xAxis:h.date,name:h.name}))}:void 0}))};return U(n,c)}function U(n,o){const e=W(n,void 0,{renderer:"canvas"});e.setOption(o);const a=()=>e.resize();return window.addEventListener("resize",a),()=>{window.removeEventListener("resize",a),e.dispose()}}const Ce=["LABOR","SUPERVISION","ACTIVITIES","MANAGEMENT","INSURANCE_TAX","TRAINING","OTHER"],$e=["NONE","PRIMARY","JUNIOR_HIGH","SENIOR_HIGH","ASSOCIATE","BACHELOR","MASTER","DOCTORATE"],Te=["NONE","ASSISTANT","INTERMEDIATE","SENIOR"],ke=["PROVINCE","CITY","COUNTY"],w={project:[{name:"domain",label:"domain",type:"text",required:!0},{name:"headcount",label:"headcount",type:"int",required:!0,min:1},{name:"professionalPosts",label:"professionalPosts",type:"int",min:0},{name:"supervisedWorkers",label:"supervisedWorkers",type:"int",min:0},{name:"months",label:"months",type:"int",min:1}],worker:[{name:"age",label:"age",type:"int",min:0},{name:"education",label:"education",type:"enum",values:$e},{name:"certificate",label:"certificate",type:"enum",values:Te},{name:"trainingHoursPerYear",label:"trainingHoursPerYear",type:"int",min:0}],government:[{name:"level",label:"level",type:"enum",values:ke,required:!0},{name:"townships",label:"townships",type:"int",min:0},{name:"townshipsWithStation",label:"townshipsWithStation",type:"int",min:0},{name:"socialWorkers",label:"socialWorkers",type:"int",min:0},{name:"privateSocialWorkOrganizations",label:"privateSocialWorkOrganizations",type:"int",min:0}]};function Se(n){const o=n.get("kind")??"",e=o in w?o:"project",a=(n.get("budget")??"").split(",").filter(Boolean).map(r=>{const[u="",c=""]=r.split(":");return{category:u,amount:c}}),i={};for(const r of w[e])i[r.name]=n.get(r.name)??"";return{kind:e,asOf:n.get("asOf")??"",fields:i,budget:e==="project"?a:[]}}function H(n,o){const e=(a,i)=>i?n.set(a,i):n.delete(a);for(const a of Object.values(w))for(const i of a)n.delete(i.name);e("kind",o.kind==="project"?"":o.kind),e("asOf",o.asOf);for(const[a,i]of Object.entries(o.fields))e(a,i);e("budget",o.budget.filter(a=>a.amount).map(a=>`${a.category}:${a.amount}`).join(","))}function Ie(n){return w[n.kind].filter(e=>n.fields[e.name]).length>0&&w[n.kind].every(e=>!("required"in e&&e.required)||n.fields[e.name])}function xe(n){const o={};for(const e of w[n.kind]){const a=n.fields[e.name]??"";a!==""&&(o[e.name]=e.type==="int"?Number.parseInt(a,10):a)}if(n.kind==="project"){const e=n.budget.filter(a=>a.amount);e.length&&(o.budget=e)}return{[n.kind]:o}}let P;async function Ne(n,o){P?.(),P=void 0;const{lang:e}=n,a=Se(n.query),i=t("section",{class:"results","data-testid":"results"});if(o.replaceChildren(Fe(n,a),i),a.kind==="project"&&Ae(o).catch(()=>{}),!!Ie(a)){i.replaceChildren(t("p",{class:"loading"},l(e,"load")));try{const r=await k(ge,{subject:xe(a),asOf:a.asOf||null}),u=new Map(r.regions.edges?.flatMap(c=>c?.node?[[c.node.code,c.node]]:[])??[]);Le(e,i,r.compare,a,u)}catch(r){i.replaceChildren(t("p",{class:"error",role:"alert"},`${l(e,"error")}: ${r instanceof Error?r.message:String(r)}`))}}}function Fe(n,o){const{lang:e}=n,a=t("div",{class:"lines"}),i=(c,m)=>{const g=t("div",{class:"line"},t("select",{name:"category"},Ce.map(h=>t("option",{value:h,selected:h===c},h))),t("input",{name:"amount",inputmode:"decimal",pattern:"[0-9]+(\\.[0-9]{1,2})?",value:m,"aria-label":l(e,"amount"),placeholder:l(e,"amount")}),t("button",{type:"button",class:"remove",onclick:()=>g.remove()},l(e,"remove")));a.append(g)};if(o.kind==="project")for(const c of o.budget.length?o.budget:[{category:"LABOR",amount:""}])i(c.category,c.amount);const r=c=>{const m=o.fields[c.name]??"";return c.type==="enum"?t("select",{name:c.name,required:c.required},c.required?null:t("option",{value:"",selected:m===""},"—"),(c.values??[]).map(g=>t("option",{value:g,selected:g===m},g))):c.type==="int"?t("input",{name:c.name,type:"number",min:c.min,required:c.required,value:m}):t("input",{name:c.name,required:c.required,value:m,list:c.name==="domain"?"domain-terms":void 0,title:c.name==="domain"?l(e,"domainHint"):void 0})},u=t("label",{class:"kind"},l(e,"subjectKind"),t("select",{name:"kind",onchange:c=>{const m=c.target.value;n.navigate(g=>H(g,{kind:m,asOf:o.asOf,fields:{},budget:[]}))}},Object.keys(w).map(c=>t("option",{value:c,selected:c===o.kind},l(e,c)))));return t("form",{class:"scenario","data-testid":"compare-form",onsubmit:c=>{c.preventDefault();const m=new FormData(c.target),g=d=>String(m.get(d)??"").trim(),h={};for(const d of w[o.kind])h[d.name]=g(d.name);const v={kind:o.kind,asOf:g("asOf"),fields:h,budget:[...a.querySelectorAll(".line")].map(d=>({category:d.querySelector("select").value,amount:d.querySelector("input").value.trim()}))};n.navigate(d=>H(d,v))}},t("div",{class:"fields"},u,w[o.kind].map(c=>t("label",{},l(e,c.label),r(c))),o.kind==="project"?t("datalist",{id:"domain-terms"}):null,t("label",{},l(e,"asOf"),t("input",{name:"asOf",type:"date",value:o.asOf}))),o.kind==="project"?t("fieldset",{class:"budget"},t("legend",{},l(e,"budget")),a,t("button",{type:"button",class:"add",onclick:()=>i("ACTIVITIES","")},l(e,"addLine"))):null,t("p",{class:"actions"},t("button",{type:"submit",class:"run"},l(e,"run")),t("small",{},l(e,"share"))))}async function Ae(n){const o=await k(pe,{}),e=n.querySelector("#domain-terms");if(!e)return;const a=new Map;for(const i of o.catalogItems.edges??[]){const r=i?.node;if(!r)continue;const u=(c,m)=>a.set(c,[...a.get(c)??[],m]);u(r.termZh,`${r.region.code}${r.highRisk?" · 高风险 high-risk":""}${r.termEn?" · "+r.termEn:""}`);for(const c of r.sharedCodes)u(c,`${r.region.code}: ${r.termZh}`)}e.replaceChildren(...[...a].map(([i,r])=>t("option",{value:i},[...new Set(r)].join("; "))))}const _=["FAIL","INSUFFICIENT_INPUT","PASS","NOT_IN_FORCE","NOT_APPLICABLE"];function Le(n,o,e,a,i){const r=d=>$(n,i.get(d),d),u=t("div",{class:"chart","data-testid":"minima-chart"}),c=t("div",{class:"columns"},e.map(d=>{const b=[...d.findings].sort((f,p)=>_.indexOf(f.status)-_.indexOf(p.status)),E=b.filter(f=>f.status!=="NOT_APPLICABLE"),s=b.length-E.length;return t("article",{class:"region","data-region":d.region},t("h3",{},r(d.region)),t("p",{class:`overall status-${d.status}`,"data-testid":"overall"},T(n,d.status)),d.error?t("p",{class:"error"},`${d.error.code}: ${d.error.message}`):null,t("ol",{class:"findings"},E.map(f=>t("li",{class:`finding status-${f.status}`,"data-rule":f.ruleId},t("div",{class:"head"},t("span",{class:"status"},T(n,f.status))," ",t("code",{},f.ruleId)),t("p",{},n==="zh"?f.messageZh:f.messageEn),f.actual||f.required?t("p",{class:"numbers"},`${l(n,"actual")} ${f.actual??"—"} · ${l(n,"required")} ${f.required??"—"}`):null,f.remedy?t("p",{class:"remedy"},t("b",{},l(n,"remedy")+": "),f.remedy):null,t("details",{class:"citation"},t("summary",{},`${l(n,"citation")}: ${f.citation.title??f.citation.document}${f.citation.clause?" · "+f.citation.clause:""}`),t("blockquote",{class:"quote"},f.citation.quote))))),s?t("p",{class:"skipped"},`${s} ${l(n,"notApplicable")}`):null)})),m=e.flatMap(d=>d.evaluatedBy.map(b=>({region:b.region,plugin:b.plugin??"",version:b.pluginVersion,rulesetHash:b.rulesetHash}))),g=[...new Map(m.map(d=>[`${d.region}|${d.plugin}|${d.rulesetHash}`,d])).values()];if(a.kind!=="project"){o.replaceChildren(c,S(n,g));return}o.replaceChildren(t("h2",{},l(n,"minima")),u,c,S(n,g));const h=d=>d?Number(d):null;if(!e.some(d=>d.budget?.minimumTotal||d.budget?.minimumLabor)){u.replaceChildren(t("p",{class:"note"},l(n,"noMinima")));return}const v=a.budget.reduce((d,b)=>d+(Number(b.amount)||0),0);P=M(u,e.map(d=>r(d.region)),[{name:l(n,"minimumTotal"),values:e.map(d=>h(d.budget?.minimumTotal))},{name:l(n,"minimumLabor"),values:e.map(d=>h(d.budget?.minimumLabor))},{name:l(n,"supervisionFund"),values:e.map(d=>h(d.budget?.supervisionFund))}],v>0?{name:l(n,"yourBudget"),value:Math.round(v*100)/100}:void 0)}let D;function De(n,o){switch(n){case"MONEY":case"INTEGER":{const e=Number(o);return Number.isFinite(e)?e:null}case"RATIO":{const[e,a]=o.split("/").map(Number);return a===void 0?Number.isFinite(e)?e??null:null:e!==void 0&&Number.isFinite(e)&&Number.isFinite(a)&&a!==0?e/a:null}case"BOOL":return o==="true"?1:o==="false"?0:null;default:return null}}function Z(n){const o=new Date(n+"T00:00:00Z");return o.setUTCDate(o.getUTCDate()+1),o.toISOString().slice(0,10)}async function qe(n,o){D?.(),D=void 0;const{lang:e}=n;o.replaceChildren(t("p",{class:"loading"},l(e,"load")));const a=await k(fe,{}),i=n.query.get("concept")||a.policyConcepts[0]?.key||"",u=((await k(he,{concept:i})).policyParameters.edges??[]).flatMap(s=>s?.node?[s.node]:[]),c=a.policyConcepts.find(s=>s.key===i),m=t("form",{class:"filters",onsubmit:s=>s.preventDefault()},t("label",{},l(e,"concept")+" ",t("select",{name:"concept",onchange:s=>n.navigate(f=>f.set("concept",s.target.value))},a.policyConcepts.map(s=>t("option",{value:s.key,selected:s.key===i},`${e==="zh"?s.nameZh:s.nameEn} · ${s.key}`)))),c?t("span",{class:"unit"},`${l(e,"unit")}: ${c.unit}`):null),g=t("div",{class:"chart timeline","data-testid":"timeline-chart"}),h=Me(n,u);o.replaceChildren(m,g,t("p",{class:"note"},l(e,"timelineNote")),h,S(e,a.plugins.map(s=>({region:s.region,plugin:s.name,version:s.version,rulesetHash:s.rulesetHash??"",state:s.state}))));const v=new Date().toISOString().slice(0,10),d=new Map;for(const s of u)d.set(s.region.code,[...d.get(s.region.code)??[],s]);const b=[];for(const[s,f]of[...d].sort(([p],[O])=>p.localeCompare(O))){const p=[],O=f.map(y=>({p:y,from:y.validFrom??y.document?.validFrom??y.document?.issuedOn,v:De(y.kind,y.value)})).filter(y=>!!y.from&&y.v!==null).sort((y,C)=>y.from.localeCompare(C.from));for(const y of O){const C=y.p.validTo?Z(y.p.validTo):v>y.from?v:Z(y.from);p.push([y.from,y.v],[C,y.v]),y.p.validTo&&p.push([C,null])}p.length&&b.push({name:$(e,f[0]?.region,s),points:p})}if(!b.length){g.replaceChildren(t("p",{class:"note"},l(e,"notPlotted")));return}const E=new Map;for(const s of u){const f=s.document;f?.issuedOn&&E.set(`${f.key}|${f.issuedOn}`,f.issuedOn)}D=we(g,b,[...E].map(([s,f])=>({name:s.split("|")[0]??s,date:f})))}function Me(n,o){const{lang:e}=n,a=[...o].sort((i,r)=>i.region.code.localeCompare(r.region.code)||(i.validFrom??"").localeCompare(r.validFrom??""));return t("table",{class:"windows","data-testid":"timeline-table"},t("tr",{},[l(e,"regions"),l(e,"value"),l(e,"validity"),l(e,"document"),l(e,"clause"),l(e,"quote")].map(i=>t("th",{},i))),a.map(i=>t("tr",{"data-region":i.region.code},t("td",{},$(e,i.region,i.region.code)),t("td",{},`${i.value} ${i.unit??""}`),t("td",{},`${i.validFrom??"…"} – ${i.validTo??l(e,"openEnded")}`),t("td",{},i.document?`${e==="zh"?i.document.titleZh:i.document.titleEn||i.document.titleZh} (${i.document.key}${i.document.issuedOn?", "+i.document.issuedOn:""})`:i.citationDocument??"—"),t("td",{},i.citationClause??"—"),t("td",{},i.citationQuote?t("blockquote",{class:"quote"},i.citationQuote):"—"))))}function Pe(n){const o=[];let e=[],a="",i=!1,r=n.charCodeAt(0)===65279?1:0;for(;r<n.length;r++){const u=n[r];i?u==='"'&&n[r+1]==='"'?(a+='"',r++):u==='"'?i=!1:a+=u:u==='"'?i=!0:u===","?(e.push(a),a=""):u===`
`||u==="\r"?(u==="\r"&&n[r+1]===`
`&&r++,e.push(a),o.push(e),e=[],a=""):a+=u}return(a!==""||e.length)&&(e.push(a),o.push(e)),o}function Re(n){const[o,...e]=Pe(n);return o?e.map(a=>Object.fromEntries(o.map((i,r)=>[i,a[r]??""]))):[]}const je="/export/compare.csv",Be=[["NON_COMPLIANT","#b42318"],["INCOMPLETE","#d08700"],["COMPLIANT","#1f7a3a"],["NOT_IN_FORCE","#8a94a6"],["NOT_REGULATED","#c5ccd6"]];let F=[],N;async function He(n,o){for(const u of F)u();F=[];const{lang:e}=n,a=t("section",{class:"results","data-testid":"batch-results"}),i=t("p",{class:"progress","data-testid":"batch-progress",hidden:!0}),r=t("form",{class:"scenario","data-testid":"batch-form",onsubmit:u=>{u.preventDefault();const c=new FormData(u.target),m=c.get("file");!(m instanceof File)||m.size===0||_e(n,m,String(c.get("asOf")??""),i,a).catch(g=>{i.hidden=!0,a.replaceChildren(t("p",{class:"error",role:"alert"},`${l(e,"error")}: ${g instanceof Error?g.message:String(g)}`))})}},t("h2",{},l(e,"batch")),t("p",{class:"note"},l(e,"batchHint")),t("div",{class:"fields"},t("label",{},l(e,"scenarioFile"),t("input",{type:"file",name:"file",accept:".yaml,.yml,.json",required:!0})),t("label",{},l(e,"asOf"),t("input",{type:"date",name:"asOf"}))),t("p",{class:"actions"},t("button",{type:"submit",class:"run"},l(e,"runBatch"))));o.replaceChildren(r,i,a)}async function _e(n,o,e,a,i){const{lang:r}=n;i.replaceChildren(),a.hidden=!1;const u=t("progress",{}),c=t("span",{},l(r,"running"));a.replaceChildren(u," ",c);const m=await fetch(je+(e?`?asOf=${encodeURIComponent(e)}`:""),{method:"POST",headers:{"Content-Type":o.name.endsWith(".json")?"application/json":"application/yaml"},body:o});if(!m.ok){const s=(await m.json().catch(()=>null))?.error;throw new Error(s?`${s.code??""} ${s.field?"("+s.field+") ":""}${s.message??""}`:`HTTP ${m.status}`)}const g=m.body?.getReader(),h=[];let v=0;if(g)for(;;){const{done:E,value:s}=await g.read();if(E)break;h.push(s),v+=s.length,c.textContent=`${l(r,"running")} ${(v/1024).toFixed(0)} KiB`}const d=new Blob(h,{type:"text/csv"}),b=await d.text();a.hidden=!0,Ze(n,i,b,d)}function Ze(n,o,e,a){const{lang:i}=n,r=Re(e),u=r.filter(p=>p.row==="summary"),c=r.filter(p=>p.row==="finding"&&p.finding_status==="FAIL"),m=[...new Set(u.map(p=>p.region??""))].sort(),g=new Set(u.map(p=>p.scenario)).size,h=new Map;for(const p of u)h.set(`${p.region}|${p.status}`,(h.get(`${p.region}|${p.status}`)??0)+1);const v=new Map;for(const p of c)v.set(p.rule_id??"",(v.get(p.rule_id??"")??0)+1);const d=[...v].sort((p,O)=>O[1]-p[1]||p[0].localeCompare(O[0])).slice(0,10);N&&URL.revokeObjectURL(N),N=URL.createObjectURL(a);const b=t("div",{class:"chart","data-testid":"batch-outcomes"}),E=t("div",{class:"chart","data-testid":"batch-rules"}),s=[];for(const p of u){const O=(p.plugin_versions??"").split(";").filter(Boolean),y=new Map((p.ruleset_hashes??"").split(";").filter(Boolean).map(C=>C.trim().split("=")));for(const C of O){const[j="",z=""]=C.trim().split("=");s.push({region:j,plugin:"",version:z,rulesetHash:y.get(j)??""})}}const f=[...new Map(s.map(p=>[`${p.region}|${p.version}|${p.rulesetHash}`,p])).values()];o.replaceChildren(t("p",{class:"summary","data-testid":"batch-summary"},`${g} ${l(i,"scenarios")} × ${m.length} ${l(i,"regionCount")} `,t("a",{href:N,download:"compare.csv",class:"download","data-testid":"batch-download"},l(i,"downloadCSV"))),t("div",{class:"two"},t("div",{},t("h3",{},l(i,"outcomes")),b),t("div",{},t("h3",{},l(i,"topFailing")),E,t("ol",{class:"top-rules","data-testid":"batch-top-rules"},d.map(([p,O])=>t("li",{"data-rule":p},t("code",{},p),` ${O}`))))),S(i,f)),F.push(M(b,m,Be.map(([p,O])=>({name:T(i,p),color:O,values:m.map(y=>h.get(`${y}|${p}`)??0)})),void 0,"outcome")),d.length?F.push(M(E,d.map(([p])=>p),[{name:l(i,"failCount"),color:"#b42318",values:d.map(([,p])=>p)}],void 0,void 0,!0)):E.replaceChildren(t("p",{class:"note"},l(i,"noFailures")))}const q={matrix:be,timeline:qe,compare:Ne,batch:He};function R(){const n=new URLSearchParams(location.search),o=n.get("lang")==="en"?"en":"zh",e=n.get("view")??"",a=e in q?e:"matrix";document.documentElement.lang=o==="zh"?"zh-CN":"en",document.title=`${l(o,"title")} · shegong`;const i={lang:o,query:n,navigate(c){const m=new URLSearchParams(location.search);c(m),history.pushState(null,"","?"+m.toString()),R()}},r=(c,m,g={})=>{const h=new URLSearchParams(n);return m(h),t("a",{...g,href:"?"+h.toString(),onclick:v=>{v.preventDefault(),i.navigate(m)}},c)},u=t("main",{id:"view","data-view":a});document.body.replaceChildren(t("header",{},t("h1",{},l(o,"title")),t("nav",{},Object.keys(q).map(c=>r(l(o,c),m=>m.set("view",c),{class:c===a?"tab current":"tab","data-view":c}))),r(l(o,"language"),c=>o==="zh"?c.set("lang","en"):c.delete("lang"),{class:"lang","data-testid":"lang"})),u),q[a](i,u).catch(c=>{u.replaceChildren(t("p",{class:"error",role:"alert"},`${l(o,"error")}: ${String(c instanceof Error?c.message:c)}`))})}window.addEventListener("popstate",R);R();
