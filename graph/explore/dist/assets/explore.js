import{u as B,i as R,a as j,b as H,c as _,d as z,e as U,f as Q,g as V}from"./echarts.js";(function(){const o=document.createElement("link").relList;if(o&&o.supports&&o.supports("modulepreload"))return;for(const a of document.querySelectorAll('link[rel="modulepreload"]'))s(a);new MutationObserver(a=>{for(const r of a)if(r.type==="childList")for(const d of r.addedNodes)d.tagName==="LINK"&&d.rel==="modulepreload"&&s(d)}).observe(document,{childList:!0,subtree:!0});function e(a){const r={};return a.integrity&&(r.integrity=a.integrity),a.referrerPolicy&&(r.referrerPolicy=a.referrerPolicy),a.crossOrigin==="use-credentials"?r.credentials="include":a.crossOrigin==="anonymous"?r.credentials="omit":r.credentials="same-origin",r}function s(a){if(a.ep)return;a.ep=!0;const r=e(a);fetch(a.href,r)}})();function n(t,o={},...e){const s=document.createElement(t);for(const[a,r]of Object.entries(o))r===void 0||r===!1||(typeof r=="function"?s.addEventListener(a.replace(/^on/,""),r):r===!0?s.setAttribute(a,""):s.setAttribute(a,String(r)));for(const a of e.flat())a==null||a===!1||s.append(a instanceof Node?a:String(a));return s}const W={title:["社会工作政策研究工作台","Social-work policy workbench"],matrix:["政策矩阵","Policy matrix"],timeline:["参数时间线","Parameter timeline"],compare:["情景比较","Compare a scenario"],later:["批量比较：下一步","Batch comparison: next step"],timelineNote:["按各地区同步的政策参数的有效期绘制；虚线为文件发布日期。继承上级地区的值见政策矩阵。","Steps over the validity windows of each region's synced parameters; dotted lines are the documents' issue dates. Values inherited from a parent region are in the matrix."],notPlotted:["此概念的值不是数值，见下表","This concept has no numeric values to plot: see the table"],asOf:["基准日","As of"],category:["概念类别","Concept category"],all:["全部","All"],regions:["地区","Regions"],concept:["概念","Concept"],unit:["单位","Unit"],value:["数值","Value"],load:["加载中…","Loading…"],citation:["出处","Citation"],document:["文件","Document"],clause:["条款","Clause"],quote:["原文","Quote"],validity:["有效期","Validity"],inForce:["在基准日有效","In force on the as-of date"],notInForce:["在基准日无效","Not in force on the as-of date"],openEnded:["至今","open-ended"],reason:["说明","Reason"],rules:["规则","Rules"],inheritedFrom:["继承自","inherited from"],close:["关闭","Close"],stamp:["结果来源（插件版本与规则集哈希）","Produced by (plugin versions and ruleset hashes)"],plugin:["插件","Plugin"],version:["版本","Version"],rulesetHash:["规则集哈希","Ruleset hash"],state:["状态","State"],project:["项目","Project"],domain:["服务领域","Service domain"],domainHint:["各地区认可的用语或共享编码","a region's accepted term or a shared code"],headcount:["人数","Headcount"],professionalPosts:["专业岗位数","Professional posts"],supervisedWorkers:["受督导社工数","Supervised workers"],months:["服务月数","Months"],budget:["预算","Budget"],amount:["金额（元）","Amount (yuan)"],addLine:["添加一行","Add a line"],remove:["删除","Remove"],run:["比较各地区","Compare the regions"],share:["本页链接即此情景，可直接分享","This page's link holds the scenario: share it"],status:["结论","Status"],remedy:["整改","Remedy"],actual:["实际","Actual"],required:["要求","Required"],notApplicable:["项不适用","not applicable"],minima:["各地区经费下限","Budget minima by region"],minimumTotal:["经费总额下限","Minimum total"],minimumLabor:["人员经费下限","Minimum labour"],supervisionFund:["督导经费","Supervision fund"],yourBudget:["本情景预算","This budget"],noMinima:["没有地区为此情景设定经费下限","No region sets budget minima for this scenario"],error:["出错","Error"],language:["English","中文"]};function c(t,o){return W[o][t==="zh"?0:1]}const G={DEFINED:["已规定"],INHERITED:["继承"],NOT_REGULATED:["未规定"],NOT_MODELLED:["未建模"],COMPLIANT:["符合"],NON_COMPLIANT:["不符合"],INCOMPLETE:["信息不全"],NOT_IN_FORCE:["未生效"],PASS:["通过"],FAIL:["不通过"],NOT_APPLICABLE:["不适用"],INSUFFICIENT_INPUT:["缺少信息"]};function I(t,o){const e=G[o];return e&&t==="zh"?`${e[0]} ${o}`:o}const J={budget:["经费","Budget"],staffing:["人员","Staffing"],governance:["治理","Governance"],contract:["合同","Contract"],funding:["资金","Funding"]};function K(t,o){const e=J[o];return e?`${e[t==="zh"?0:1]} (${o})`:o}const X="/graphql";class k extends Error{constructor(o,e,s){super(o),this.code=e,this.field=s}code;field}async function C(t,o){const e=await fetch(X,{method:"POST",headers:{"Content-Type":"application/json",Accept:"application/graphql-response+json, application/json"},body:JSON.stringify({query:t.toString(),variables:o})});let s;try{s=await e.json()}catch{throw new k(`HTTP ${e.status}`)}const a=s.errors?.[0];if(a)throw new k(a.message,a.extensions?.code,a.extensions?.field);if(!s.data)throw new k(`HTTP ${e.status}`);return s.data}class w extends String{__apiType;value;__meta__;constructor(o,e){super(o),this.value=o,this.__meta__=e}toString(){return this.value}}const Y=new w(`
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
    `),ee=new w(`
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
    `),te=new w(`
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
    `),ne=new w(`
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
    `),oe=new w(`
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
    `),se={"\n  query ExploreMatrix($asOf: Date) {\n    policyConcepts {\n      key\n      nameZh\n      nameEn\n      unit\n    }\n    policyMatrix(asOf: $asOf) {\n      concept\n      region\n      status\n      inheritedFrom\n      value\n      unit\n      validFrom\n      validTo\n      inForce\n      reason\n      ruleIds\n      citation {\n        document\n        title\n        clause\n        quote\n      }\n    }\n    regions(first: 50, orderBy: { field: CODE }) {\n      edges {\n        node {\n          code\n          nameZh\n          nameEn\n          parent {\n            code\n          }\n        }\n      }\n    }\n    plugins {\n      region\n      name\n      version\n      state\n      rulesetHash\n    }\n  }\n":Y,'\n  query ExploreDomainTerms {\n    catalogItems(first: 500, where: { kind: "domain" }, orderBy: { field: CODE }) {\n      edges {\n        node {\n          termZh\n          termEn\n          sharedCodes\n          highRisk\n          region {\n            code\n          }\n        }\n      }\n    }\n  }\n':ee,"\n  query ExploreCompare($subject: SubjectInput!, $asOf: Date) {\n    regions(first: 50, orderBy: { field: CODE }) {\n      edges {\n        node {\n          code\n          nameZh\n          nameEn\n        }\n      }\n    }\n    compare(subject: $subject, asOf: $asOf) {\n      region\n      asOf\n      status\n      budget {\n        minimumTotal\n        minimumLabor\n        maximumNonLabor\n        supervisionFund\n      }\n      findings {\n        ruleId\n        region\n        concept\n        status\n        actual\n        required\n        remedy\n        messageZh\n        messageEn\n        citation {\n          document\n          title\n          clause\n          quote\n        }\n      }\n      evaluatedBy {\n        region\n        plugin\n        pluginVersion\n        rulesetHash\n      }\n      error {\n        code\n        message\n      }\n    }\n  }\n":te,"\n  query ExploreConcepts {\n    policyConcepts {\n      key\n      nameZh\n      nameEn\n      unit\n    }\n    plugins {\n      region\n      name\n      version\n      state\n      rulesetHash\n    }\n  }\n":ne,"\n  query ExploreTimeline($concept: String!) {\n    policyParameters(first: 100, where: { concept: $concept }, orderBy: { field: PARAM_ID }) {\n      totalCount\n      edges {\n        node {\n          paramID\n          ruleID\n          value\n          kind\n          unit\n          validFrom\n          validTo\n          citationDocument\n          citationClause\n          citationQuote\n          region {\n            code\n            nameZh\n            nameEn\n          }\n          document {\n            key\n            titleZh\n            titleEn\n            issuedOn\n            validFrom\n            validTo\n          }\n        }\n      }\n    }\n  }\n":oe};function T(t){return se[t]??{}}const ae=T(`
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
`),ie=T(`
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
`),re=T(`
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
`),ce=T(`
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
`),le=T(`
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
`);function P(t,o){const e=[...o].sort((s,a)=>s.region.localeCompare(a.region)||s.plugin.localeCompare(a.plugin));return n("section",{class:"stamp","data-testid":"stamp"},n("h3",{},c(t,"stamp")),n("table",{},n("tr",{},n("th",{},c(t,"regions")),n("th",{},c(t,"plugin")),n("th",{},c(t,"version")),n("th",{},c(t,"rulesetHash")),o.some(s=>s.state)?n("th",{},c(t,"state")):null),e.map(s=>n("tr",{},n("td",{},s.region),n("td",{},s.plugin),n("td",{},s.version),n("td",{class:"hash",title:s.rulesetHash},s.rulesetHash.slice(0,16)+"…"),s.state?n("td",{},s.state):null))))}function E(t,o,e){return o?t==="zh"?`${o.nameZh} ${e}`:`${o.nameEn||o.nameZh} (${e})`:e}function ue(t){return{asOf:t.get("asOf")??"",category:t.get("category")??"",regions:(t.get("regions")??"").split(",").filter(Boolean)}}function de(t,o){F(t,"asOf",o.asOf),F(t,"category",o.category),F(t,"regions",o.regions.join(","))}function F(t,o,e){e?t.set(o,e):t.delete(o)}const L=t=>t.split(".")[0]??t;async function me(t,o){const{lang:e}=t,s=ue(t.query);o.replaceChildren(n("p",{class:"loading"},c(e,"load")));const a=await C(ae,{asOf:s.asOf||null}),r=new Map(a.regions.edges?.flatMap(i=>i?.node?[[i.node.code,i.node]]:[])??[]),d=[...new Set(a.policyMatrix.map(i=>i.region))].sort(),l=d.filter(i=>s.regions.length===0||s.regions.includes(i)),p=[...new Set(a.policyConcepts.map(i=>L(i.key)))],g=a.policyConcepts.filter(i=>!s.category||L(i.key)===s.category),f=new Map(a.policyMatrix.map(i=>[`${i.concept}|${i.region}`,i])),y=i=>t.navigate(m=>de(m,{...s,...i})),u=n("aside",{class:"detail","data-testid":"cell-detail",hidden:!0}),v=n("form",{class:"filters",onsubmit:i=>i.preventDefault()},n("label",{},c(e,"asOf")+" ",n("input",{type:"date",name:"asOf",value:s.asOf,onchange:i=>y({asOf:i.target.value})})),n("label",{},c(e,"category")+" ",n("select",{name:"category",onchange:i=>y({category:i.target.value})},n("option",{value:"",selected:!s.category},c(e,"all")),p.map(i=>n("option",{value:i,selected:i===s.category},K(e,i))))),n("fieldset",{class:"regions"},n("legend",{},c(e,"regions")),d.map(i=>n("label",{},n("input",{type:"checkbox",name:"region",value:i,checked:l.includes(i),onchange:m=>{const $=m.target.checked?[...l,i]:l.filter(h=>h!==i);y({regions:$.length===d.length?[]:$})}}),E(e,r.get(i),i))))),O=n("table",{class:"matrix","data-testid":"matrix"},n("thead",{},n("tr",{},n("th",{},c(e,"concept")),l.map(i=>n("th",{"data-region":i},E(e,r.get(i),i))))),n("tbody",{},g.map(i=>n("tr",{},n("th",{scope:"row",title:i.key},e==="zh"?i.nameZh:i.nameEn,n("small",{},`${i.key} · ${i.unit}`)),l.map(m=>{const b=f.get(`${i.key}|${m}`);return n("td",{},b?pe(e,b,r,()=>ge(e,u,b,r,e==="zh"?i.nameZh:i.nameEn)):"—")})))));o.replaceChildren(v,n("div",{class:"matrix-wrap"},O,u),P(e,a.plugins.map(i=>({region:i.region,plugin:i.name,version:i.version,rulesetHash:i.rulesetHash??"",state:i.state}))))}function pe(t,o,e,s){return n("button",{type:"button",class:`cell status-${o.status}${o.inForce?"":" not-in-force"}`,"data-concept":o.concept,"data-region":o.region,onclick:s},n("span",{class:"status"},I(t,o.status)),o.value?n("span",{class:"value"},o.value,n("small",{}," "+(o.unit??""))):null,o.inheritedFrom?n("span",{class:"inherited"},`${c(t,"inheritedFrom")} ${E(t,e.get(o.inheritedFrom),o.inheritedFrom)}`):null)}function ge(t,o,e,s,a){const r=(p,...g)=>n("div",{class:"row"},n("dt",{},p),n("dd",{},...g)),d=e.citation,l=[n("header",{},n("h3",{},`${a} · ${E(t,s.get(e.region),e.region)}`,n("small",{},e.concept)),n("button",{type:"button",class:"close",onclick:()=>o.hidden=!0},c(t,"close"))),n("dl",{},r(c(t,"status"),I(t,e.status)),e.inheritedFrom?r(c(t,"inheritedFrom"),E(t,s.get(e.inheritedFrom),e.inheritedFrom)):null,e.value?r(c(t,"value"),`${e.value} ${e.unit??""}`):null,r(c(t,"validity"),e.validFrom||e.validTo?`${e.validFrom??"…"} – ${e.validTo??c(t,"openEnded")}`:"—",n("br"),c(t,e.inForce?"inForce":"notInForce")),e.reason?r(c(t,"reason"),e.reason):null,e.ruleIds.length?r(c(t,"rules"),e.ruleIds.join(", ")):null),d?n("section",{class:"citation","data-testid":"citation"},n("h4",{},c(t,"citation")),n("dl",{},r(c(t,"document"),d.title?`${d.title} (${d.document})`:d.document),d.clause?r(c(t,"clause"),d.clause):null,r(c(t,"quote"),n("blockquote",{class:"quote"},d.quote)))):null];o.replaceChildren(...l.filter(p=>p!==null)),o.hidden=!1}B([j,H,_,z,U,Q,V]);function he(t,o,e,s){const a={animation:!1,tooltip:{trigger:"axis"},legend:{top:0},grid:{left:72,right:16,top:32,bottom:28},xAxis:{type:"category",data:o},yAxis:{type:"value"},series:e.map((r,d)=>({type:"bar",name:r.name,data:r.values,markLine:d===0&&s?{symbol:"none",data:[{yAxis:s.value,name:s.name}],label:{position:"insideEndTop",formatter:s.name+" {c}"}}:void 0}))};return Z(t,a)}function fe(t,o,e){const s=[...o.flatMap(p=>p.points.map(g=>g[0])),...e.map(p=>p.date)].map(p=>Date.parse(p)),a=Math.min(...s),r=Math.max(...s),d=Math.max((r-a)*.03,15*864e5),l={animation:!1,tooltip:{trigger:"axis"},legend:{top:0},grid:{left:72,right:24,top:32,bottom:28},xAxis:{type:"time",min:a-d,max:r+d},yAxis:{type:"value",scale:!0},series:o.map((p,g)=>({type:"line",name:p.name,step:"end",connectNulls:!1,showSymbol:!0,data:p.points,markLine:g===0&&e.length?{symbol:"none",lineStyle:{type:"dotted",color:"#888"},label:{formatter:"{b}",position:"insideEndTop",fontSize:10},data:e.map(f=>({xAxis:f.date,name:f.name}))}:void 0}))};return Z(t,l)}function Z(t,o){const e=R(t,void 0,{renderer:"canvas"});e.setOption(o);const s=()=>e.resize();return window.addEventListener("resize",s),()=>{window.removeEventListener("resize",s),e.dispose()}}const ye=["LABOR","SUPERVISION","ACTIVITIES","MANAGEMENT","INSURANCE_TAX","TRAINING","OTHER"],ve=["headcount","professionalPosts","supervisedWorkers","months"];function be(t){const o=(t.get("budget")??"").split(",").filter(Boolean).map(e=>{const[s="",a=""]=e.split(":");return{category:s,amount:a}});return{asOf:t.get("asOf")??"",domain:t.get("domain")??"",headcount:t.get("headcount")??"",professionalPosts:t.get("professionalPosts")??"",supervisedWorkers:t.get("supervisedWorkers")??"",months:t.get("months")??"",budget:o}}function Ee(t,o){const e=(s,a)=>a?t.set(s,a):t.delete(s);e("asOf",o.asOf),e("domain",o.domain);for(const s of ve)e(s,o[s]);e("budget",o.budget.filter(s=>s.amount).map(s=>`${s.category}:${s.amount}`).join(","))}function Oe(t){const o=e=>e===""?null:Number.parseInt(e,10);return{domain:t.domain,headcount:o(t.headcount)??0,professionalPosts:o(t.professionalPosts),supervisedWorkers:o(t.supervisedWorkers),months:o(t.months),budget:t.budget.length?t.budget.filter(e=>e.amount):null}}let N;async function $e(t,o){N?.(),N=void 0;const{lang:e}=t,s=be(t.query),a=n("section",{class:"results","data-testid":"results"});if(o.replaceChildren(Ce(t,s),a),we(o).catch(()=>{}),!(!s.domain||!s.headcount)){a.replaceChildren(n("p",{class:"loading"},c(e,"load")));try{const r=await C(re,{subject:{project:Oe(s)},asOf:s.asOf||null}),d=new Map(r.regions.edges?.flatMap(l=>l?.node?[[l.node.code,l.node]]:[])??[]);Te(e,a,r.compare,s,d)}catch(r){a.replaceChildren(n("p",{class:"error",role:"alert"},`${c(e,"error")}: ${r instanceof Error?r.message:String(r)}`))}}}function Ce(t,o){const{lang:e}=t,s=n("div",{class:"lines"}),a=(l,p)=>{const g=n("div",{class:"line"},n("select",{name:"category"},ye.map(f=>n("option",{value:f,selected:f===l},f))),n("input",{name:"amount",inputmode:"decimal",pattern:"[0-9]+(\\.[0-9]{1,2})?",value:p,"aria-label":c(e,"amount"),placeholder:c(e,"amount")}),n("button",{type:"button",class:"remove",onclick:()=>g.remove()},c(e,"remove")));s.append(g)};for(const l of o.budget.length?o.budget:[{category:"LABOR",amount:""}])a(l.category,l.amount);const r=(l,p,g)=>n("label",{},p,n("input",{name:l,...g}));return n("form",{class:"scenario","data-testid":"compare-form",onsubmit:l=>{l.preventDefault();const p=new FormData(l.target),g=y=>String(p.get(y)??"").trim(),f={asOf:g("asOf"),domain:g("domain"),headcount:g("headcount"),professionalPosts:g("professionalPosts"),supervisedWorkers:g("supervisedWorkers"),months:g("months"),budget:[...s.querySelectorAll(".line")].map(y=>({category:y.querySelector("select").value,amount:y.querySelector("input").value.trim()}))};t.navigate(y=>Ee(y,f))}},n("h2",{},c(e,"project")),n("div",{class:"fields"},r("domain",c(e,"domain"),{list:"domain-terms",required:!0,value:o.domain,title:c(e,"domainHint")}),n("datalist",{id:"domain-terms"}),r("headcount",c(e,"headcount"),{type:"number",min:1,required:!0,value:o.headcount}),r("professionalPosts",c(e,"professionalPosts"),{type:"number",min:0,value:o.professionalPosts}),r("supervisedWorkers",c(e,"supervisedWorkers"),{type:"number",min:0,value:o.supervisedWorkers}),r("months",c(e,"months"),{type:"number",min:1,value:o.months}),r("asOf",c(e,"asOf"),{type:"date",value:o.asOf})),n("fieldset",{class:"budget"},n("legend",{},c(e,"budget")),s,n("button",{type:"button",class:"add",onclick:()=>a("ACTIVITIES","")},c(e,"addLine"))),n("p",{class:"actions"},n("button",{type:"submit",class:"run"},c(e,"run")),n("small",{},c(e,"share"))))}async function we(t){const o=await C(ie,{}),e=t.querySelector("#domain-terms");if(!e)return;const s=new Map;for(const a of o.catalogItems.edges??[]){const r=a?.node;if(!r)continue;const d=(l,p)=>s.set(l,[...s.get(l)??[],p]);d(r.termZh,`${r.region.code}${r.highRisk?" · 高风险 high-risk":""}${r.termEn?" · "+r.termEn:""}`);for(const l of r.sharedCodes)d(l,`${r.region.code}: ${r.termZh}`)}e.replaceChildren(...[...s].map(([a,r])=>n("option",{value:a},[...new Set(r)].join("; "))))}const M=["FAIL","INSUFFICIENT_INPUT","PASS","NOT_IN_FORCE","NOT_APPLICABLE"];function Te(t,o,e,s,a){const r=u=>E(t,a.get(u),u),d=n("div",{class:"chart","data-testid":"minima-chart"}),l=n("div",{class:"columns"},e.map(u=>{const v=[...u.findings].sort((m,b)=>M.indexOf(m.status)-M.indexOf(b.status)),O=v.filter(m=>m.status!=="NOT_APPLICABLE"),i=v.length-O.length;return n("article",{class:"region","data-region":u.region},n("h3",{},r(u.region)),n("p",{class:`overall status-${u.status}`,"data-testid":"overall"},I(t,u.status)),u.error?n("p",{class:"error"},`${u.error.code}: ${u.error.message}`):null,n("ol",{class:"findings"},O.map(m=>n("li",{class:`finding status-${m.status}`,"data-rule":m.ruleId},n("div",{class:"head"},n("span",{class:"status"},I(t,m.status))," ",n("code",{},m.ruleId)),n("p",{},t==="zh"?m.messageZh:m.messageEn),m.actual||m.required?n("p",{class:"numbers"},`${c(t,"actual")} ${m.actual??"—"} · ${c(t,"required")} ${m.required??"—"}`):null,m.remedy?n("p",{class:"remedy"},n("b",{},c(t,"remedy")+": "),m.remedy):null,n("details",{class:"citation"},n("summary",{},`${c(t,"citation")}: ${m.citation.title??m.citation.document}${m.citation.clause?" · "+m.citation.clause:""}`),n("blockquote",{class:"quote"},m.citation.quote))))),i?n("p",{class:"skipped"},`${i} ${c(t,"notApplicable")}`):null)})),p=e.flatMap(u=>u.evaluatedBy.map(v=>({region:v.region,plugin:v.plugin??"",version:v.pluginVersion,rulesetHash:v.rulesetHash}))),g=[...new Map(p.map(u=>[`${u.region}|${u.plugin}|${u.rulesetHash}`,u])).values()];o.replaceChildren(n("h2",{},c(t,"minima")),d,l,P(t,g));const f=u=>u?Number(u):null;if(!e.some(u=>u.budget?.minimumTotal||u.budget?.minimumLabor)){d.replaceChildren(n("p",{class:"note"},c(t,"noMinima")));return}const y=s.budget.reduce((u,v)=>u+(Number(v.amount)||0),0);N=he(d,e.map(u=>r(u.region)),[{name:c(t,"minimumTotal"),values:e.map(u=>f(u.budget?.minimumTotal))},{name:c(t,"minimumLabor"),values:e.map(u=>f(u.budget?.minimumLabor))},{name:c(t,"supervisionFund"),values:e.map(u=>f(u.budget?.supervisionFund))}],y>0?{name:c(t,"yourBudget"),value:Math.round(y*100)/100}:void 0)}let S;function xe(t,o){switch(t){case"MONEY":case"INTEGER":{const e=Number(o);return Number.isFinite(e)?e:null}case"RATIO":{const[e,s]=o.split("/").map(Number);return s===void 0?Number.isFinite(e)?e??null:null:e!==void 0&&Number.isFinite(e)&&Number.isFinite(s)&&s!==0?e/s:null}case"BOOL":return o==="true"?1:o==="false"?0:null;default:return null}}function q(t){const o=new Date(t+"T00:00:00Z");return o.setUTCDate(o.getUTCDate()+1),o.toISOString().slice(0,10)}async function Ie(t,o){S?.(),S=void 0;const{lang:e}=t;o.replaceChildren(n("p",{class:"loading"},c(e,"load")));const s=await C(ce,{}),a=t.query.get("concept")||s.policyConcepts[0]?.key||"",d=((await C(le,{concept:a})).policyParameters.edges??[]).flatMap(i=>i?.node?[i.node]:[]),l=s.policyConcepts.find(i=>i.key===a),p=n("form",{class:"filters",onsubmit:i=>i.preventDefault()},n("label",{},c(e,"concept")+" ",n("select",{name:"concept",onchange:i=>t.navigate(m=>m.set("concept",i.target.value))},s.policyConcepts.map(i=>n("option",{value:i.key,selected:i.key===a},`${e==="zh"?i.nameZh:i.nameEn} · ${i.key}`)))),l?n("span",{class:"unit"},`${c(e,"unit")}: ${l.unit}`):null),g=n("div",{class:"chart timeline","data-testid":"timeline-chart"}),f=ke(t,d);o.replaceChildren(p,g,n("p",{class:"note"},c(e,"timelineNote")),f,P(e,s.plugins.map(i=>({region:i.region,plugin:i.name,version:i.version,rulesetHash:i.rulesetHash??"",state:i.state}))));const y=new Date().toISOString().slice(0,10),u=new Map;for(const i of d)u.set(i.region.code,[...u.get(i.region.code)??[],i]);const v=[];for(const[i,m]of[...u].sort(([b],[$])=>b.localeCompare($))){const b=[],$=m.map(h=>({p:h,from:h.validFrom??h.document?.validFrom??h.document?.issuedOn,v:xe(h.kind,h.value)})).filter(h=>!!h.from&&h.v!==null).sort((h,x)=>h.from.localeCompare(x.from));for(const h of $){const x=h.p.validTo?q(h.p.validTo):y>h.from?y:q(h.from);b.push([h.from,h.v],[x,h.v]),h.p.validTo&&b.push([x,null])}b.length&&v.push({name:E(e,m[0]?.region,i),points:b})}if(!v.length){g.replaceChildren(n("p",{class:"note"},c(e,"notPlotted")));return}const O=new Map;for(const i of d){const m=i.document;m?.issuedOn&&O.set(`${m.key}|${m.issuedOn}`,m.issuedOn)}S=fe(g,v,[...O].map(([i,m])=>({name:i.split("|")[0]??i,date:m})))}function ke(t,o){const{lang:e}=t,s=[...o].sort((a,r)=>a.region.code.localeCompare(r.region.code)||(a.validFrom??"").localeCompare(r.validFrom??""));return n("table",{class:"windows","data-testid":"timeline-table"},n("tr",{},[c(e,"regions"),c(e,"value"),c(e,"validity"),c(e,"document"),c(e,"clause"),c(e,"quote")].map(a=>n("th",{},a))),s.map(a=>n("tr",{"data-region":a.region.code},n("td",{},E(e,a.region,a.region.code)),n("td",{},`${a.value} ${a.unit??""}`),n("td",{},`${a.validFrom??"…"} – ${a.validTo??c(e,"openEnded")}`),n("td",{},a.document?`${e==="zh"?a.document.titleZh:a.document.titleEn||a.document.titleZh} (${a.document.key}${a.document.issuedOn?", "+a.document.issuedOn:""})`:a.citationDocument??"—"),n("td",{},a.citationClause??"—"),n("td",{},a.citationQuote?n("blockquote",{class:"quote"},a.citationQuote):"—"))))}const D={matrix:me,timeline:Ie,compare:$e};function A(){const t=new URLSearchParams(location.search),o=t.get("lang")==="en"?"en":"zh",e=t.get("view")??"",s=e in D?e:"matrix";document.documentElement.lang=o==="zh"?"zh-CN":"en",document.title=`${c(o,"title")} · shegong`;const a={lang:o,query:t,navigate(l){const p=new URLSearchParams(location.search);l(p),history.pushState(null,"","?"+p.toString()),A()}},r=(l,p,g={})=>{const f=new URLSearchParams(t);return p(f),n("a",{...g,href:"?"+f.toString(),onclick:y=>{y.preventDefault(),a.navigate(p)}},l)},d=n("main",{id:"view","data-view":s});document.body.replaceChildren(n("header",{},n("h1",{},c(o,"title")),n("nav",{},Object.keys(D).map(l=>r(c(o,l),p=>p.set("view",l),{class:l===s?"tab current":"tab","data-view":l})),n("span",{class:"later"},c(o,"later"))),r(c(o,"language"),l=>o==="zh"?l.set("lang","en"):l.delete("lang"),{class:"lang","data-testid":"lang"})),d),D[s](a,d).catch(l=>{d.replaceChildren(n("p",{class:"error",role:"alert"},`${c(o,"error")}: ${String(l instanceof Error?l.message:l)}`))})}window.addEventListener("popstate",A);A();
