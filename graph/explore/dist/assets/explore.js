import{u as U,i as z,a as V,b as Q,c as W,d as G,e as J,f as Y,g as K}from"./echarts.js";(function(){const o=document.createElement("link").relList;if(o&&o.supports&&o.supports("modulepreload"))return;for(const a of document.querySelectorAll('link[rel="modulepreload"]'))s(a);new MutationObserver(a=>{for(const r of a)if(r.type==="childList")for(const l of r.addedNodes)l.tagName==="LINK"&&l.rel==="modulepreload"&&s(l)}).observe(document,{childList:!0,subtree:!0});function e(a){const r={};return a.integrity&&(r.integrity=a.integrity),a.referrerPolicy&&(r.referrerPolicy=a.referrerPolicy),a.crossOrigin==="use-credentials"?r.credentials="include":a.crossOrigin==="anonymous"?r.credentials="omit":r.credentials="same-origin",r}function s(a){if(a.ep)return;a.ep=!0;const r=e(a);fetch(a.href,r)}})();function t(n,o={},...e){const s=document.createElement(n);for(const[a,r]of Object.entries(o))r===void 0||r===!1||(typeof r=="function"?s.addEventListener(a.replace(/^on/,""),r):r===!0?s.setAttribute(a,""):s.setAttribute(a,String(r)));for(const a of e.flat())a==null||a===!1||s.append(a instanceof Node?a:String(a));return s}const X={title:["社会工作政策研究工作台","Social-work policy workbench"],matrix:["政策矩阵","Policy matrix"],timeline:["参数时间线","Parameter timeline"],compare:["情景比较","Compare a scenario"],batch:["批量比较","Batch"],batchHint:["上传情景文件（shegong compare 读取的 YAML 或 JSON），在各地区评估全部情景。","Upload a scenario file (the YAML or JSON that shegong compare reads) and evaluate every scenario under the regions."],scenarioFile:["情景文件","Scenario file"],runBatch:["运行","Run"],running:["运行中…","Running…"],scenarios:["个情景","scenarios"],regionCount:["个地区","regions"],downloadCSV:["下载 CSV","Download the CSV"],outcomes:["各地区结论","Outcomes by region"],topFailing:["最常不通过的规则","Most frequent failing rules"],failCount:["不通过次数","Failures"],noFailures:["没有不通过的规则","No rule failed"],timelineNote:["按各地区同步的政策参数的有效期绘制；虚线为文件发布日期。继承上级地区的值见政策矩阵。","Steps over the validity windows of each region's synced parameters; dotted lines are the documents' issue dates. Values inherited from a parent region are in the matrix."],notPlotted:["此概念的值不是数值，见下表","This concept has no numeric values to plot: see the table"],asOf:["基准日","As of"],category:["概念类别","Concept category"],all:["全部","All"],regions:["地区","Regions"],concept:["概念","Concept"],unit:["单位","Unit"],value:["数值","Value"],load:["加载中…","Loading…"],citation:["出处","Citation"],document:["文件","Document"],clause:["条款","Clause"],quote:["原文","Quote"],validity:["有效期","Validity"],inForce:["在基准日有效","In force on the as-of date"],notInForce:["在基准日无效","Not in force on the as-of date"],openEnded:["至今","open-ended"],reason:["说明","Reason"],rules:["规则","Rules"],inheritedFrom:["继承自","inherited from"],close:["关闭","Close"],stamp:["结果来源（插件版本与规则集哈希）","Produced by (plugin versions and ruleset hashes)"],plugin:["插件","Plugin"],version:["版本","Version"],rulesetHash:["规则集哈希","Ruleset hash"],state:["状态","State"],project:["项目","Project"],domain:["服务领域","Service domain"],domainHint:["各地区认可的用语或共享编码","a region's accepted term or a shared code"],headcount:["人数","Headcount"],professionalPosts:["专业岗位数","Professional posts"],supervisedWorkers:["受督导社工数","Supervised workers"],months:["服务月数","Months"],budget:["预算","Budget"],amount:["金额（元）","Amount (yuan)"],addLine:["添加一行","Add a line"],remove:["删除","Remove"],run:["比较各地区","Compare the regions"],share:["本页链接即此情景，可直接分享","This page's link holds the scenario: share it"],status:["结论","Status"],remedy:["整改","Remedy"],actual:["实际","Actual"],required:["要求","Required"],notApplicable:["项不适用","not applicable"],minima:["各地区经费下限","Budget minima by region"],minimumTotal:["经费总额下限","Minimum total"],minimumLabor:["人员经费下限","Minimum labour"],supervisionFund:["督导经费","Supervision fund"],yourBudget:["本情景预算","This budget"],noMinima:["没有地区为此情景设定经费下限","No region sets budget minima for this scenario"],error:["出错","Error"],language:["English","中文"]};function c(n,o){return X[o][n==="zh"?0:1]}const ee={DEFINED:["已规定"],INHERITED:["继承"],NOT_REGULATED:["未规定"],NOT_MODELLED:["未建模"],COMPLIANT:["符合"],NON_COMPLIANT:["不符合"],INCOMPLETE:["信息不全"],NOT_IN_FORCE:["未生效"],PASS:["通过"],FAIL:["不通过"],NOT_APPLICABLE:["不适用"],INSUFFICIENT_INPUT:["缺少信息"]};function w(n,o){const e=ee[o];return e&&n==="zh"?`${e[0]} ${o}`:o}const te={budget:["经费","Budget"],staffing:["人员","Staffing"],governance:["治理","Governance"],contract:["合同","Contract"],funding:["资金","Funding"]};function ne(n,o){const e=te[o];return e?`${e[n==="zh"?0:1]} (${o})`:o}const oe="/graphql";class k extends Error{constructor(o,e,s){super(o),this.code=e,this.field=s}code;field}async function T(n,o){const e=await fetch(oe,{method:"POST",headers:{"Content-Type":"application/json",Accept:"application/graphql-response+json, application/json"},body:JSON.stringify({query:n.toString(),variables:o})});let s;try{s=await e.json()}catch{throw new k(`HTTP ${e.status}`)}const a=s.errors?.[0];if(a)throw new k(a.message,a.extensions?.code,a.extensions?.field);if(!s.data)throw new k(`HTTP ${e.status}`);return s.data}class x extends String{__apiType;value;__meta__;constructor(o,e){super(o),this.value=o,this.__meta__=e}toString(){return this.value}}const se=new x(`
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
    `),ae=new x(`
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
    `),ie=new x(`
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
    `),re=new x(`
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
    `),ce=new x(`
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
    `),le={"\n  query ExploreMatrix($asOf: Date) {\n    policyConcepts {\n      key\n      nameZh\n      nameEn\n      unit\n    }\n    policyMatrix(asOf: $asOf) {\n      concept\n      region\n      status\n      inheritedFrom\n      value\n      unit\n      validFrom\n      validTo\n      inForce\n      reason\n      ruleIds\n      citation {\n        document\n        title\n        clause\n        quote\n      }\n    }\n    regions(first: 50, orderBy: { field: CODE }) {\n      edges {\n        node {\n          code\n          nameZh\n          nameEn\n          parent {\n            code\n          }\n        }\n      }\n    }\n    plugins {\n      region\n      name\n      version\n      state\n      rulesetHash\n    }\n  }\n":se,'\n  query ExploreDomainTerms {\n    catalogItems(first: 500, where: { kind: "domain" }, orderBy: { field: CODE }) {\n      edges {\n        node {\n          termZh\n          termEn\n          sharedCodes\n          highRisk\n          region {\n            code\n          }\n        }\n      }\n    }\n  }\n':ae,"\n  query ExploreCompare($subject: SubjectInput!, $asOf: Date) {\n    regions(first: 50, orderBy: { field: CODE }) {\n      edges {\n        node {\n          code\n          nameZh\n          nameEn\n        }\n      }\n    }\n    compare(subject: $subject, asOf: $asOf) {\n      region\n      asOf\n      status\n      budget {\n        minimumTotal\n        minimumLabor\n        maximumNonLabor\n        supervisionFund\n      }\n      findings {\n        ruleId\n        region\n        concept\n        status\n        actual\n        required\n        remedy\n        messageZh\n        messageEn\n        citation {\n          document\n          title\n          clause\n          quote\n        }\n      }\n      evaluatedBy {\n        region\n        plugin\n        pluginVersion\n        rulesetHash\n      }\n      error {\n        code\n        message\n      }\n    }\n  }\n":ie,"\n  query ExploreConcepts {\n    policyConcepts {\n      key\n      nameZh\n      nameEn\n      unit\n    }\n    plugins {\n      region\n      name\n      version\n      state\n      rulesetHash\n    }\n  }\n":re,"\n  query ExploreTimeline($concept: String!) {\n    policyParameters(first: 100, where: { concept: $concept }, orderBy: { field: PARAM_ID }) {\n      totalCount\n      edges {\n        node {\n          paramID\n          ruleID\n          value\n          kind\n          unit\n          validFrom\n          validTo\n          citationDocument\n          citationClause\n          citationQuote\n          region {\n            code\n            nameZh\n            nameEn\n          }\n          document {\n            key\n            titleZh\n            titleEn\n            issuedOn\n            validFrom\n            validTo\n          }\n        }\n      }\n    }\n  }\n":ce};function I(n){return le[n]??{}}const ue=I(`
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
`),de=I(`
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
`),me=I(`
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
`),pe=I(`
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
`),ge=I(`
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
`);function N(n,o){const e=[...o].sort((s,a)=>s.region.localeCompare(a.region)||s.plugin.localeCompare(a.plugin));return t("section",{class:"stamp","data-testid":"stamp"},t("h3",{},c(n,"stamp")),t("table",{},t("tr",{},t("th",{},c(n,"regions")),t("th",{},c(n,"plugin")),t("th",{},c(n,"version")),t("th",{},c(n,"rulesetHash")),o.some(s=>s.state)?t("th",{},c(n,"state")):null),e.map(s=>t("tr",{},t("td",{},s.region),t("td",{},s.plugin||"—"),t("td",{},s.version),t("td",{class:"hash",title:s.rulesetHash},s.rulesetHash.slice(0,16)+"…"),s.state?t("td",{},s.state):null))))}function E(n,o,e){return o?n==="zh"?`${o.nameZh} ${e}`:`${o.nameEn||o.nameZh} (${e})`:e}function he(n){return{asOf:n.get("asOf")??"",category:n.get("category")??"",regions:(n.get("regions")??"").split(",").filter(Boolean)}}function fe(n,o){D(n,"asOf",o.asOf),D(n,"category",o.category),D(n,"regions",o.regions.join(","))}function D(n,o,e){e?n.set(o,e):n.delete(o)}const B=n=>n.split(".")[0]??n;async function ye(n,o){const{lang:e}=n,s=he(n.query);o.replaceChildren(t("p",{class:"loading"},c(e,"load")));const a=await T(ue,{asOf:s.asOf||null}),r=new Map(a.regions.edges?.flatMap(i=>i?.node?[[i.node.code,i.node]]:[])??[]),l=[...new Set(a.policyMatrix.map(i=>i.region))].sort(),u=l.filter(i=>s.regions.length===0||s.regions.includes(i)),m=[...new Set(a.policyConcepts.map(i=>B(i.key)))],g=a.policyConcepts.filter(i=>!s.category||B(i.key)===s.category),f=new Map(a.policyMatrix.map(i=>[`${i.concept}|${i.region}`,i])),v=i=>n.navigate(h=>fe(h,{...s,...i})),p=t("aside",{class:"detail","data-testid":"cell-detail",hidden:!0}),b=t("form",{class:"filters",onsubmit:i=>i.preventDefault()},t("label",{},c(e,"asOf")+" ",t("input",{type:"date",name:"asOf",value:s.asOf,onchange:i=>v({asOf:i.target.value})})),t("label",{},c(e,"category")+" ",t("select",{name:"category",onchange:i=>v({category:i.target.value})},t("option",{value:"",selected:!s.category},c(e,"all")),m.map(i=>t("option",{value:i,selected:i===s.category},ne(e,i))))),t("fieldset",{class:"regions"},t("legend",{},c(e,"regions")),l.map(i=>t("label",{},t("input",{type:"checkbox",name:"region",value:i,checked:u.includes(i),onchange:h=>{const $=h.target.checked?[...u,i]:u.filter(y=>y!==i);v({regions:$.length===l.length?[]:$})}}),E(e,r.get(i),i))))),O=t("table",{class:"matrix","data-testid":"matrix"},t("thead",{},t("tr",{},t("th",{},c(e,"concept")),u.map(i=>t("th",{"data-region":i},E(e,r.get(i),i))))),t("tbody",{},g.map(i=>t("tr",{},t("th",{scope:"row",title:i.key},e==="zh"?i.nameZh:i.nameEn,t("small",{},`${i.key} · ${i.unit}`)),u.map(h=>{const d=f.get(`${i.key}|${h}`);return t("td",{},d?ve(e,d,r,()=>be(e,p,d,r,e==="zh"?i.nameZh:i.nameEn)):"—")})))));o.replaceChildren(b,t("div",{class:"matrix-wrap"},O,p),N(e,a.plugins.map(i=>({region:i.region,plugin:i.name,version:i.version,rulesetHash:i.rulesetHash??"",state:i.state}))))}function ve(n,o,e,s){return t("button",{type:"button",class:`cell status-${o.status}${o.inForce?"":" not-in-force"}`,"data-concept":o.concept,"data-region":o.region,onclick:s},t("span",{class:"status"},w(n,o.status)),o.value?t("span",{class:"value"},o.value,t("small",{}," "+(o.unit??""))):null,o.inheritedFrom?t("span",{class:"inherited"},`${c(n,"inheritedFrom")} ${E(n,e.get(o.inheritedFrom),o.inheritedFrom)}`):null)}function be(n,o,e,s,a){const r=(m,...g)=>t("div",{class:"row"},t("dt",{},m),t("dd",{},...g)),l=e.citation,u=[t("header",{},t("h3",{},`${a} · ${E(n,s.get(e.region),e.region)}`,t("small",{},e.concept)),t("button",{type:"button",class:"close",onclick:()=>o.hidden=!0},c(n,"close"))),t("dl",{},r(c(n,"status"),w(n,e.status)),e.inheritedFrom?r(c(n,"inheritedFrom"),E(n,s.get(e.inheritedFrom),e.inheritedFrom)):null,e.value?r(c(n,"value"),`${e.value} ${e.unit??""}`):null,r(c(n,"validity"),e.validFrom||e.validTo?`${e.validFrom??"…"} – ${e.validTo??c(n,"openEnded")}`:"—",t("br"),c(n,e.inForce?"inForce":"notInForce")),e.reason?r(c(n,"reason"),e.reason):null,e.ruleIds.length?r(c(n,"rules"),e.ruleIds.join(", ")):null),l?t("section",{class:"citation","data-testid":"citation"},t("h4",{},c(n,"citation")),t("dl",{},r(c(n,"document"),l.title?`${l.title} (${l.document})`:l.document),l.clause?r(c(n,"clause"),l.clause):null,r(c(n,"quote"),t("blockquote",{class:"quote"},l.quote)))):null];o.replaceChildren(...u.filter(m=>m!==null)),o.hidden=!1}U([V,Q,W,G,J,Y,K]);function P(n,o,e,s,a,r=!1){const l={type:"category",data:o,inverse:r},u={type:"value",minInterval:a||r?1:0},m={animation:!1,tooltip:{trigger:"axis"},legend:{top:0},grid:{left:r?200:72,right:16,top:32,bottom:28},xAxis:r?u:l,yAxis:r?l:u,series:e.map((g,f)=>({type:"bar",name:g.name,data:g.values,stack:a,itemStyle:g.color?{color:g.color}:void 0,markLine:f===0&&s?{symbol:"none",data:[{yAxis:s.value,name:s.name}],label:{position:"insideEndTop",formatter:s.name+" {c}"}}:void 0}))};return _(n,m)}function $e(n,o,e){const s=[...o.flatMap(m=>m.points.map(g=>g[0])),...e.map(m=>m.date)].map(m=>Date.parse(m)),a=Math.min(...s),r=Math.max(...s),l=Math.max((r-a)*.03,15*864e5),u={animation:!1,tooltip:{trigger:"axis"},legend:{top:0},grid:{left:72,right:24,top:32,bottom:28},xAxis:{type:"time",min:a-l,max:r+l},yAxis:{type:"value",scale:!0},series:o.map((m,g)=>({type:"line",name:m.name,step:"end",connectNulls:!1,showSymbol:!0,data:m.points,markLine:g===0&&e.length?{symbol:"none",lineStyle:{type:"dotted",color:"#888"},label:{formatter:"{b}",position:"insideEndTop",fontSize:10},data:e.map(f=>({xAxis:f.date,name:f.name}))}:void 0}))};return _(n,u)}function _(n,o){const e=z(n,void 0,{renderer:"canvas"});e.setOption(o);const s=()=>e.resize();return window.addEventListener("resize",s),()=>{window.removeEventListener("resize",s),e.dispose()}}const Oe=["LABOR","SUPERVISION","ACTIVITIES","MANAGEMENT","INSURANCE_TAX","TRAINING","OTHER"],Ce=["headcount","professionalPosts","supervisedWorkers","months"];function Ee(n){const o=(n.get("budget")??"").split(",").filter(Boolean).map(e=>{const[s="",a=""]=e.split(":");return{category:s,amount:a}});return{asOf:n.get("asOf")??"",domain:n.get("domain")??"",headcount:n.get("headcount")??"",professionalPosts:n.get("professionalPosts")??"",supervisedWorkers:n.get("supervisedWorkers")??"",months:n.get("months")??"",budget:o}}function we(n,o){const e=(s,a)=>a?n.set(s,a):n.delete(s);e("asOf",o.asOf),e("domain",o.domain);for(const s of Ce)e(s,o[s]);e("budget",o.budget.filter(s=>s.amount).map(s=>`${s.category}:${s.amount}`).join(","))}function Te(n){const o=e=>e===""?null:Number.parseInt(e,10);return{domain:n.domain,headcount:o(n.headcount)??0,professionalPosts:o(n.professionalPosts),supervisedWorkers:o(n.supervisedWorkers),months:o(n.months),budget:n.budget.length?n.budget.filter(e=>e.amount):null}}let M;async function xe(n,o){M?.(),M=void 0;const{lang:e}=n,s=Ee(n.query),a=t("section",{class:"results","data-testid":"results"});if(o.replaceChildren(Ie(n,s),a),Se(o).catch(()=>{}),!(!s.domain||!s.headcount)){a.replaceChildren(t("p",{class:"loading"},c(e,"load")));try{const r=await T(me,{subject:{project:Te(s)},asOf:s.asOf||null}),l=new Map(r.regions.edges?.flatMap(u=>u?.node?[[u.node.code,u.node]]:[])??[]);Fe(e,a,r.compare,s,l)}catch(r){a.replaceChildren(t("p",{class:"error",role:"alert"},`${c(e,"error")}: ${r instanceof Error?r.message:String(r)}`))}}}function Ie(n,o){const{lang:e}=n,s=t("div",{class:"lines"}),a=(u,m)=>{const g=t("div",{class:"line"},t("select",{name:"category"},Oe.map(f=>t("option",{value:f,selected:f===u},f))),t("input",{name:"amount",inputmode:"decimal",pattern:"[0-9]+(\\.[0-9]{1,2})?",value:m,"aria-label":c(e,"amount"),placeholder:c(e,"amount")}),t("button",{type:"button",class:"remove",onclick:()=>g.remove()},c(e,"remove")));s.append(g)};for(const u of o.budget.length?o.budget:[{category:"LABOR",amount:""}])a(u.category,u.amount);const r=(u,m,g)=>t("label",{},m,t("input",{name:u,...g}));return t("form",{class:"scenario","data-testid":"compare-form",onsubmit:u=>{u.preventDefault();const m=new FormData(u.target),g=v=>String(m.get(v)??"").trim(),f={asOf:g("asOf"),domain:g("domain"),headcount:g("headcount"),professionalPosts:g("professionalPosts"),supervisedWorkers:g("supervisedWorkers"),months:g("months"),budget:[...s.querySelectorAll(".line")].map(v=>({category:v.querySelector("select").value,amount:v.querySelector("input").value.trim()}))};n.navigate(v=>we(v,f))}},t("h2",{},c(e,"project")),t("div",{class:"fields"},r("domain",c(e,"domain"),{list:"domain-terms",required:!0,value:o.domain,title:c(e,"domainHint")}),t("datalist",{id:"domain-terms"}),r("headcount",c(e,"headcount"),{type:"number",min:1,required:!0,value:o.headcount}),r("professionalPosts",c(e,"professionalPosts"),{type:"number",min:0,value:o.professionalPosts}),r("supervisedWorkers",c(e,"supervisedWorkers"),{type:"number",min:0,value:o.supervisedWorkers}),r("months",c(e,"months"),{type:"number",min:1,value:o.months}),r("asOf",c(e,"asOf"),{type:"date",value:o.asOf})),t("fieldset",{class:"budget"},t("legend",{},c(e,"budget")),s,t("button",{type:"button",class:"add",onclick:()=>a("ACTIVITIES","")},c(e,"addLine"))),t("p",{class:"actions"},t("button",{type:"submit",class:"run"},c(e,"run")),t("small",{},c(e,"share"))))}async function Se(n){const o=await T(de,{}),e=n.querySelector("#domain-terms");if(!e)return;const s=new Map;for(const a of o.catalogItems.edges??[]){const r=a?.node;if(!r)continue;const l=(u,m)=>s.set(u,[...s.get(u)??[],m]);l(r.termZh,`${r.region.code}${r.highRisk?" · 高风险 high-risk":""}${r.termEn?" · "+r.termEn:""}`);for(const u of r.sharedCodes)l(u,`${r.region.code}: ${r.termZh}`)}e.replaceChildren(...[...s].map(([a,r])=>t("option",{value:a},[...new Set(r)].join("; "))))}const j=["FAIL","INSUFFICIENT_INPUT","PASS","NOT_IN_FORCE","NOT_APPLICABLE"];function Fe(n,o,e,s,a){const r=p=>E(n,a.get(p),p),l=t("div",{class:"chart","data-testid":"minima-chart"}),u=t("div",{class:"columns"},e.map(p=>{const b=[...p.findings].sort((h,d)=>j.indexOf(h.status)-j.indexOf(d.status)),O=b.filter(h=>h.status!=="NOT_APPLICABLE"),i=b.length-O.length;return t("article",{class:"region","data-region":p.region},t("h3",{},r(p.region)),t("p",{class:`overall status-${p.status}`,"data-testid":"overall"},w(n,p.status)),p.error?t("p",{class:"error"},`${p.error.code}: ${p.error.message}`):null,t("ol",{class:"findings"},O.map(h=>t("li",{class:`finding status-${h.status}`,"data-rule":h.ruleId},t("div",{class:"head"},t("span",{class:"status"},w(n,h.status))," ",t("code",{},h.ruleId)),t("p",{},n==="zh"?h.messageZh:h.messageEn),h.actual||h.required?t("p",{class:"numbers"},`${c(n,"actual")} ${h.actual??"—"} · ${c(n,"required")} ${h.required??"—"}`):null,h.remedy?t("p",{class:"remedy"},t("b",{},c(n,"remedy")+": "),h.remedy):null,t("details",{class:"citation"},t("summary",{},`${c(n,"citation")}: ${h.citation.title??h.citation.document}${h.citation.clause?" · "+h.citation.clause:""}`),t("blockquote",{class:"quote"},h.citation.quote))))),i?t("p",{class:"skipped"},`${i} ${c(n,"notApplicable")}`):null)})),m=e.flatMap(p=>p.evaluatedBy.map(b=>({region:b.region,plugin:b.plugin??"",version:b.pluginVersion,rulesetHash:b.rulesetHash}))),g=[...new Map(m.map(p=>[`${p.region}|${p.plugin}|${p.rulesetHash}`,p])).values()];o.replaceChildren(t("h2",{},c(n,"minima")),l,u,N(n,g));const f=p=>p?Number(p):null;if(!e.some(p=>p.budget?.minimumTotal||p.budget?.minimumLabor)){l.replaceChildren(t("p",{class:"note"},c(n,"noMinima")));return}const v=s.budget.reduce((p,b)=>p+(Number(b.amount)||0),0);M=P(l,e.map(p=>r(p.region)),[{name:c(n,"minimumTotal"),values:e.map(p=>f(p.budget?.minimumTotal))},{name:c(n,"minimumLabor"),values:e.map(p=>f(p.budget?.minimumLabor))},{name:c(n,"supervisionFund"),values:e.map(p=>f(p.budget?.supervisionFund))}],v>0?{name:c(n,"yourBudget"),value:Math.round(v*100)/100}:void 0)}let L;function Ne(n,o){switch(n){case"MONEY":case"INTEGER":{const e=Number(o);return Number.isFinite(e)?e:null}case"RATIO":{const[e,s]=o.split("/").map(Number);return s===void 0?Number.isFinite(e)?e??null:null:e!==void 0&&Number.isFinite(e)&&Number.isFinite(s)&&s!==0?e/s:null}case"BOOL":return o==="true"?1:o==="false"?0:null;default:return null}}function Z(n){const o=new Date(n+"T00:00:00Z");return o.setUTCDate(o.getUTCDate()+1),o.toISOString().slice(0,10)}async function ke(n,o){L?.(),L=void 0;const{lang:e}=n;o.replaceChildren(t("p",{class:"loading"},c(e,"load")));const s=await T(pe,{}),a=n.query.get("concept")||s.policyConcepts[0]?.key||"",l=((await T(ge,{concept:a})).policyParameters.edges??[]).flatMap(i=>i?.node?[i.node]:[]),u=s.policyConcepts.find(i=>i.key===a),m=t("form",{class:"filters",onsubmit:i=>i.preventDefault()},t("label",{},c(e,"concept")+" ",t("select",{name:"concept",onchange:i=>n.navigate(h=>h.set("concept",i.target.value))},s.policyConcepts.map(i=>t("option",{value:i.key,selected:i.key===a},`${e==="zh"?i.nameZh:i.nameEn} · ${i.key}`)))),u?t("span",{class:"unit"},`${c(e,"unit")}: ${u.unit}`):null),g=t("div",{class:"chart timeline","data-testid":"timeline-chart"}),f=De(n,l);o.replaceChildren(m,g,t("p",{class:"note"},c(e,"timelineNote")),f,N(e,s.plugins.map(i=>({region:i.region,plugin:i.name,version:i.version,rulesetHash:i.rulesetHash??"",state:i.state}))));const v=new Date().toISOString().slice(0,10),p=new Map;for(const i of l)p.set(i.region.code,[...p.get(i.region.code)??[],i]);const b=[];for(const[i,h]of[...p].sort(([d],[$])=>d.localeCompare($))){const d=[],$=h.map(y=>({p:y,from:y.validFrom??y.document?.validFrom??y.document?.issuedOn,v:Ne(y.kind,y.value)})).filter(y=>!!y.from&&y.v!==null).sort((y,C)=>y.from.localeCompare(C.from));for(const y of $){const C=y.p.validTo?Z(y.p.validTo):v>y.from?v:Z(y.from);d.push([y.from,y.v],[C,y.v]),y.p.validTo&&d.push([C,null])}d.length&&b.push({name:E(e,h[0]?.region,i),points:d})}if(!b.length){g.replaceChildren(t("p",{class:"note"},c(e,"notPlotted")));return}const O=new Map;for(const i of l){const h=i.document;h?.issuedOn&&O.set(`${h.key}|${h.issuedOn}`,h.issuedOn)}L=$e(g,b,[...O].map(([i,h])=>({name:i.split("|")[0]??i,date:h})))}function De(n,o){const{lang:e}=n,s=[...o].sort((a,r)=>a.region.code.localeCompare(r.region.code)||(a.validFrom??"").localeCompare(r.validFrom??""));return t("table",{class:"windows","data-testid":"timeline-table"},t("tr",{},[c(e,"regions"),c(e,"value"),c(e,"validity"),c(e,"document"),c(e,"clause"),c(e,"quote")].map(a=>t("th",{},a))),s.map(a=>t("tr",{"data-region":a.region.code},t("td",{},E(e,a.region,a.region.code)),t("td",{},`${a.value} ${a.unit??""}`),t("td",{},`${a.validFrom??"…"} – ${a.validTo??c(e,"openEnded")}`),t("td",{},a.document?`${e==="zh"?a.document.titleZh:a.document.titleEn||a.document.titleZh} (${a.document.key}${a.document.issuedOn?", "+a.document.issuedOn:""})`:a.citationDocument??"—"),t("td",{},a.citationClause??"—"),t("td",{},a.citationQuote?t("blockquote",{class:"quote"},a.citationQuote):"—"))))}function Le(n){const o=[];let e=[],s="",a=!1,r=n.charCodeAt(0)===65279?1:0;for(;r<n.length;r++){const l=n[r];a?l==='"'&&n[r+1]==='"'?(s+='"',r++):l==='"'?a=!1:s+=l:l==='"'?a=!0:l===","?(e.push(s),s=""):l===`
`||l==="\r"?(l==="\r"&&n[r+1]===`
`&&r++,e.push(s),o.push(e),e=[],s=""):s+=l}return(s!==""||e.length)&&(e.push(s),o.push(e)),o}function Ae(n){const[o,...e]=Le(n);return o?e.map(s=>Object.fromEntries(o.map((a,r)=>[a,s[r]??""]))):[]}const Pe="/export/compare.csv",Me=[["NON_COMPLIANT","#b42318"],["INCOMPLETE","#d08700"],["COMPLIANT","#1f7a3a"],["NOT_IN_FORCE","#8a94a6"],["NOT_REGULATED","#c5ccd6"]];let F=[],S;async function qe(n,o){for(const l of F)l();F=[];const{lang:e}=n,s=t("section",{class:"results","data-testid":"batch-results"}),a=t("p",{class:"progress","data-testid":"batch-progress",hidden:!0}),r=t("form",{class:"scenario","data-testid":"batch-form",onsubmit:l=>{l.preventDefault();const u=new FormData(l.target),m=u.get("file");!(m instanceof File)||m.size===0||Re(n,m,String(u.get("asOf")??""),a,s).catch(g=>{a.hidden=!0,s.replaceChildren(t("p",{class:"error",role:"alert"},`${c(e,"error")}: ${g instanceof Error?g.message:String(g)}`))})}},t("h2",{},c(e,"batch")),t("p",{class:"note"},c(e,"batchHint")),t("div",{class:"fields"},t("label",{},c(e,"scenarioFile"),t("input",{type:"file",name:"file",accept:".yaml,.yml,.json",required:!0})),t("label",{},c(e,"asOf"),t("input",{type:"date",name:"asOf"}))),t("p",{class:"actions"},t("button",{type:"submit",class:"run"},c(e,"runBatch"))));o.replaceChildren(r,a,s)}async function Re(n,o,e,s,a){const{lang:r}=n;a.replaceChildren(),s.hidden=!1;const l=t("progress",{}),u=t("span",{},c(r,"running"));s.replaceChildren(l," ",u);const m=await fetch(Pe+(e?`?asOf=${encodeURIComponent(e)}`:""),{method:"POST",headers:{"Content-Type":o.name.endsWith(".json")?"application/json":"application/yaml"},body:o});if(!m.ok){const i=(await m.json().catch(()=>null))?.error;throw new Error(i?`${i.code??""} ${i.field?"("+i.field+") ":""}${i.message??""}`:`HTTP ${m.status}`)}const g=m.body?.getReader(),f=[];let v=0;if(g)for(;;){const{done:O,value:i}=await g.read();if(O)break;f.push(i),v+=i.length,u.textContent=`${c(r,"running")} ${(v/1024).toFixed(0)} KiB`}const p=new Blob(f,{type:"text/csv"}),b=await p.text();s.hidden=!0,Be(n,a,b,p)}function Be(n,o,e,s){const{lang:a}=n,r=Ae(e),l=r.filter(d=>d.row==="summary"),u=r.filter(d=>d.row==="finding"&&d.finding_status==="FAIL"),m=[...new Set(l.map(d=>d.region??""))].sort(),g=new Set(l.map(d=>d.scenario)).size,f=new Map;for(const d of l)f.set(`${d.region}|${d.status}`,(f.get(`${d.region}|${d.status}`)??0)+1);const v=new Map;for(const d of u)v.set(d.rule_id??"",(v.get(d.rule_id??"")??0)+1);const p=[...v].sort((d,$)=>$[1]-d[1]||d[0].localeCompare($[0])).slice(0,10);S&&URL.revokeObjectURL(S),S=URL.createObjectURL(s);const b=t("div",{class:"chart","data-testid":"batch-outcomes"}),O=t("div",{class:"chart","data-testid":"batch-rules"}),i=[];for(const d of l){const $=(d.plugin_versions??"").split(";").filter(Boolean),y=new Map((d.ruleset_hashes??"").split(";").filter(Boolean).map(C=>C.trim().split("=")));for(const C of $){const[R="",H=""]=C.trim().split("=");i.push({region:R,plugin:"",version:H,rulesetHash:y.get(R)??""})}}const h=[...new Map(i.map(d=>[`${d.region}|${d.version}|${d.rulesetHash}`,d])).values()];o.replaceChildren(t("p",{class:"summary","data-testid":"batch-summary"},`${g} ${c(a,"scenarios")} × ${m.length} ${c(a,"regionCount")} `,t("a",{href:S,download:"compare.csv",class:"download","data-testid":"batch-download"},c(a,"downloadCSV"))),t("div",{class:"two"},t("div",{},t("h3",{},c(a,"outcomes")),b),t("div",{},t("h3",{},c(a,"topFailing")),O,t("ol",{class:"top-rules","data-testid":"batch-top-rules"},p.map(([d,$])=>t("li",{"data-rule":d},t("code",{},d),` ${$}`))))),N(a,h)),F.push(P(b,m,Me.map(([d,$])=>({name:w(a,d),color:$,values:m.map(y=>f.get(`${y}|${d}`)??0)})),void 0,"outcome")),p.length?F.push(P(O,p.map(([d])=>d),[{name:c(a,"failCount"),color:"#b42318",values:p.map(([,d])=>d)}],void 0,void 0,!0)):O.replaceChildren(t("p",{class:"note"},c(a,"noFailures")))}const A={matrix:ye,timeline:ke,compare:xe,batch:qe};function q(){const n=new URLSearchParams(location.search),o=n.get("lang")==="en"?"en":"zh",e=n.get("view")??"",s=e in A?e:"matrix";document.documentElement.lang=o==="zh"?"zh-CN":"en",document.title=`${c(o,"title")} · shegong`;const a={lang:o,query:n,navigate(u){const m=new URLSearchParams(location.search);u(m),history.pushState(null,"","?"+m.toString()),q()}},r=(u,m,g={})=>{const f=new URLSearchParams(n);return m(f),t("a",{...g,href:"?"+f.toString(),onclick:v=>{v.preventDefault(),a.navigate(m)}},u)},l=t("main",{id:"view","data-view":s});document.body.replaceChildren(t("header",{},t("h1",{},c(o,"title")),t("nav",{},Object.keys(A).map(u=>r(c(o,u),m=>m.set("view",u),{class:u===s?"tab current":"tab","data-view":u}))),r(c(o,"language"),u=>o==="zh"?u.set("lang","en"):u.delete("lang"),{class:"lang","data-testid":"lang"})),l),A[s](a,l).catch(u=>{l.replaceChildren(t("p",{class:"error",role:"alert"},`${c(o,"error")}: ${String(u instanceof Error?u.message:u)}`))})}window.addEventListener("popstate",q);q();
