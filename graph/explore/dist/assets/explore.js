import{u as q,i as D,a as M,b as j,c as R,d as B,e as _,f as H}from"./echarts.js";(function(){const o=document.createElement("link").relList;if(o&&o.supports&&o.supports("modulepreload"))return;for(const a of document.querySelectorAll('link[rel="modulepreload"]'))s(a);new MutationObserver(a=>{for(const r of a)if(r.type==="childList")for(const c of r.addedNodes)c.tagName==="LINK"&&c.rel==="modulepreload"&&s(c)}).observe(document,{childList:!0,subtree:!0});function t(a){const r={};return a.integrity&&(r.integrity=a.integrity),a.referrerPolicy&&(r.referrerPolicy=a.referrerPolicy),a.crossOrigin==="use-credentials"?r.credentials="include":a.crossOrigin==="anonymous"?r.credentials="omit":r.credentials="same-origin",r}function s(a){if(a.ep)return;a.ep=!0;const r=t(a);fetch(a.href,r)}})();function n(e,o={},...t){const s=document.createElement(e);for(const[a,r]of Object.entries(o))r===void 0||r===!1||(typeof r=="function"?s.addEventListener(a.replace(/^on/,""),r):r===!0?s.setAttribute(a,""):s.setAttribute(a,String(r)));for(const a of t.flat())a==null||a===!1||s.append(a instanceof Node?a:String(a));return s}const Z={title:["社会工作政策研究工作台","Social-work policy workbench"],matrix:["政策矩阵","Policy matrix"],compare:["情景比较","Compare a scenario"],later:["参数时间线、批量比较：下一步","Parameter timeline, batch: next steps"],asOf:["基准日","As of"],category:["概念类别","Concept category"],all:["全部","All"],regions:["地区","Regions"],concept:["概念","Concept"],unit:["单位","Unit"],value:["数值","Value"],load:["加载中…","Loading…"],citation:["出处","Citation"],document:["文件","Document"],clause:["条款","Clause"],quote:["原文","Quote"],validity:["有效期","Validity"],inForce:["在基准日有效","In force on the as-of date"],notInForce:["在基准日无效","Not in force on the as-of date"],openEnded:["至今","open-ended"],reason:["说明","Reason"],rules:["规则","Rules"],inheritedFrom:["继承自","inherited from"],close:["关闭","Close"],stamp:["结果来源（插件版本与规则集哈希）","Produced by (plugin versions and ruleset hashes)"],plugin:["插件","Plugin"],version:["版本","Version"],rulesetHash:["规则集哈希","Ruleset hash"],state:["状态","State"],project:["项目","Project"],domain:["服务领域","Service domain"],domainHint:["各地区认可的用语或共享编码","a region's accepted term or a shared code"],headcount:["人数","Headcount"],professionalPosts:["专业岗位数","Professional posts"],supervisedWorkers:["受督导社工数","Supervised workers"],months:["服务月数","Months"],budget:["预算","Budget"],amount:["金额（元）","Amount (yuan)"],addLine:["添加一行","Add a line"],remove:["删除","Remove"],run:["比较各地区","Compare the regions"],share:["本页链接即此情景，可直接分享","This page's link holds the scenario: share it"],status:["结论","Status"],remedy:["整改","Remedy"],actual:["实际","Actual"],required:["要求","Required"],notApplicable:["项不适用","not applicable"],minima:["各地区经费下限","Budget minima by region"],minimumTotal:["经费总额下限","Minimum total"],minimumLabor:["人员经费下限","Minimum labour"],supervisionFund:["督导经费","Supervision fund"],yourBudget:["本情景预算","This budget"],noMinima:["没有地区为此情景设定经费下限","No region sets budget minima for this scenario"],error:["出错","Error"],language:["English","中文"]};function i(e,o){return Z[o][e==="zh"?0:1]}const z={DEFINED:["已规定"],INHERITED:["继承"],NOT_REGULATED:["未规定"],NOT_MODELLED:["未建模"],COMPLIANT:["符合"],NON_COMPLIANT:["不符合"],INCOMPLETE:["信息不全"],NOT_IN_FORCE:["未生效"],PASS:["通过"],FAIL:["不通过"],NOT_APPLICABLE:["不适用"],INSUFFICIENT_INPUT:["缺少信息"]};function $(e,o){const t=z[o];return t&&e==="zh"?`${t[0]} ${o}`:o}const U={budget:["经费","Budget"],staffing:["人员","Staffing"],governance:["治理","Governance"],contract:["合同","Contract"],funding:["资金","Funding"]};function W(e,o){const t=U[o];return t?`${t[e==="zh"?0:1]} (${o})`:o}const V="/graphql";class E extends Error{constructor(o,t,s){super(o),this.code=t,this.field=s}code;field}async function T(e,o){const t=await fetch(V,{method:"POST",headers:{"Content-Type":"application/json",Accept:"application/graphql-response+json, application/json"},body:JSON.stringify({query:e.toString(),variables:o})});let s;try{s=await t.json()}catch{throw new E(`HTTP ${t.status}`)}const a=s.errors?.[0];if(a)throw new E(a.message,a.extensions?.code,a.extensions?.field);if(!s.data)throw new E(`HTTP ${t.status}`);return s.data}class I extends String{__apiType;value;__meta__;constructor(o,t){super(o),this.value=o,this.__meta__=t}toString(){return this.value}}const G=new I(`
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
    `),Q=new I(`
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
    `),J=new I(`
    query ExploreCompare($subject: SubjectInput!, $asOf: Date) {
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
    `),K={"\n  query ExploreMatrix($asOf: Date) {\n    policyConcepts {\n      key\n      nameZh\n      nameEn\n      unit\n    }\n    policyMatrix(asOf: $asOf) {\n      concept\n      region\n      status\n      inheritedFrom\n      value\n      unit\n      validFrom\n      validTo\n      inForce\n      reason\n      ruleIds\n      citation {\n        document\n        title\n        clause\n        quote\n      }\n    }\n    regions(first: 50, orderBy: { field: CODE }) {\n      edges {\n        node {\n          code\n          nameZh\n          nameEn\n          parent {\n            code\n          }\n        }\n      }\n    }\n    plugins {\n      region\n      name\n      version\n      state\n      rulesetHash\n    }\n  }\n":G,'\n  query ExploreDomainTerms {\n    catalogItems(first: 500, where: { kind: "domain" }, orderBy: { field: CODE }) {\n      edges {\n        node {\n          termZh\n          termEn\n          sharedCodes\n          highRisk\n          region {\n            code\n          }\n        }\n      }\n    }\n  }\n':Q,"\n  query ExploreCompare($subject: SubjectInput!, $asOf: Date) {\n    compare(subject: $subject, asOf: $asOf) {\n      region\n      asOf\n      status\n      budget {\n        minimumTotal\n        minimumLabor\n        maximumNonLabor\n        supervisionFund\n      }\n      findings {\n        ruleId\n        region\n        concept\n        status\n        actual\n        required\n        remedy\n        messageZh\n        messageEn\n        citation {\n          document\n          title\n          clause\n          quote\n        }\n      }\n      evaluatedBy {\n        region\n        plugin\n        pluginVersion\n        rulesetHash\n      }\n      error {\n        code\n        message\n      }\n    }\n  }\n":J};function x(e){return K[e]??{}}const X=x(`
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
`),Y=x(`
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
`),ee=x(`
  query ExploreCompare($subject: SubjectInput!, $asOf: Date) {
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
`);function k(e,o){const t=[...o].sort((s,a)=>s.region.localeCompare(a.region)||s.plugin.localeCompare(a.plugin));return n("section",{class:"stamp","data-testid":"stamp"},n("h3",{},i(e,"stamp")),n("table",{},n("tr",{},n("th",{},i(e,"regions")),n("th",{},i(e,"plugin")),n("th",{},i(e,"version")),n("th",{},i(e,"rulesetHash")),o.some(s=>s.state)?n("th",{},i(e,"state")):null),t.map(s=>n("tr",{},n("td",{},s.region),n("td",{},s.plugin),n("td",{},s.version),n("td",{class:"hash",title:s.rulesetHash},s.rulesetHash.slice(0,16)+"…"),s.state?n("td",{},s.state):null))))}function b(e,o,t){return o?e==="zh"?`${o.nameZh} ${t}`:`${o.nameEn||o.nameZh} (${t})`:t}function te(e){return{asOf:e.get("asOf")??"",category:e.get("category")??"",regions:(e.get("regions")??"").split(",").filter(Boolean)}}function ne(e,o){C(e,"asOf",o.asOf),C(e,"category",o.category),C(e,"regions",o.regions.join(","))}function C(e,o,t){t?e.set(o,t):e.delete(o)}const F=e=>e.split(".")[0]??e;async function oe(e,o){const{lang:t}=e,s=te(e.query);o.replaceChildren(n("p",{class:"loading"},i(t,"load")));const a=await T(X,{asOf:s.asOf||null}),r=new Map(a.regions.edges?.flatMap(u=>u?.node?[[u.node.code,u.node]]:[])??[]),c=[...new Set(a.policyMatrix.map(u=>u.region))].sort(),d=c.filter(u=>s.regions.length===0||s.regions.includes(u)),p=[...new Set(a.policyConcepts.map(u=>F(u.key)))],g=a.policyConcepts.filter(u=>!s.category||F(u.key)===s.category),l=new Map(a.policyMatrix.map(u=>[`${u.concept}|${u.region}`,u])),h=u=>e.navigate(y=>ne(y,{...s,...u})),f=n("aside",{class:"detail","data-testid":"cell-detail",hidden:!0}),v=n("form",{class:"filters",onsubmit:u=>u.preventDefault()},n("label",{},i(t,"asOf")+" ",n("input",{type:"date",name:"asOf",value:s.asOf,onchange:u=>h({asOf:u.target.value})})),n("label",{},i(t,"category")+" ",n("select",{name:"category",onchange:u=>h({category:u.target.value})},n("option",{value:"",selected:!s.category},i(t,"all")),p.map(u=>n("option",{value:u,selected:u===s.category},W(t,u))))),n("fieldset",{class:"regions"},n("legend",{},i(t,"regions")),c.map(u=>n("label",{},n("input",{type:"checkbox",name:"region",value:u,checked:d.includes(u),onchange:y=>{const L=y.target.checked?[...d,u]:d.filter(A=>A!==u);h({regions:L.length===c.length?[]:L})}}),b(t,r.get(u),u))))),m=n("table",{class:"matrix","data-testid":"matrix"},n("thead",{},n("tr",{},n("th",{},i(t,"concept")),d.map(u=>n("th",{"data-region":u},b(t,r.get(u),u))))),n("tbody",{},g.map(u=>n("tr",{},n("th",{scope:"row",title:u.key},t==="zh"?u.nameZh:u.nameEn,n("small",{},`${u.key} · ${u.unit}`)),d.map(y=>{const O=l.get(`${u.key}|${y}`);return n("td",{},O?se(t,O,r,()=>ae(t,f,O,r,t==="zh"?u.nameZh:u.nameEn)):"—")})))));o.replaceChildren(v,n("div",{class:"matrix-wrap"},m,f),k(t,a.plugins.map(u=>({region:u.region,plugin:u.name,version:u.version,rulesetHash:u.rulesetHash??"",state:u.state}))))}function se(e,o,t,s){return n("button",{type:"button",class:`cell status-${o.status}${o.inForce?"":" not-in-force"}`,"data-concept":o.concept,"data-region":o.region,onclick:s},n("span",{class:"status"},$(e,o.status)),o.value?n("span",{class:"value"},o.value,n("small",{}," "+(o.unit??""))):null,o.inheritedFrom?n("span",{class:"inherited"},`${i(e,"inheritedFrom")} ${b(e,t.get(o.inheritedFrom),o.inheritedFrom)}`):null)}function ae(e,o,t,s,a){const r=(p,...g)=>n("div",{class:"row"},n("dt",{},p),n("dd",{},...g)),c=t.citation,d=[n("header",{},n("h3",{},`${a} · ${b(e,s.get(t.region),t.region)}`,n("small",{},t.concept)),n("button",{type:"button",class:"close",onclick:()=>o.hidden=!0},i(e,"close"))),n("dl",{},r(i(e,"status"),$(e,t.status)),t.inheritedFrom?r(i(e,"inheritedFrom"),b(e,s.get(t.inheritedFrom),t.inheritedFrom)):null,t.value?r(i(e,"value"),`${t.value} ${t.unit??""}`):null,r(i(e,"validity"),t.validFrom||t.validTo?`${t.validFrom??"…"} – ${t.validTo??i(e,"openEnded")}`:"—",n("br"),i(e,t.inForce?"inForce":"notInForce")),t.reason?r(i(e,"reason"),t.reason):null,t.ruleIds.length?r(i(e,"rules"),t.ruleIds.join(", ")):null),c?n("section",{class:"citation","data-testid":"citation"},n("h4",{},i(e,"citation")),n("dl",{},r(i(e,"document"),c.title?`${c.title} (${c.document})`:c.document),c.clause?r(i(e,"clause"),c.clause):null,r(i(e,"quote"),n("blockquote",{class:"quote"},c.quote)))):null];o.replaceChildren(...d.filter(p=>p!==null)),o.hidden=!1}q([M,j,R,B,_,H]);function re(e,o,t,s){const a=D(e,void 0,{renderer:"canvas"}),r={animation:!1,tooltip:{trigger:"axis"},legend:{top:0},grid:{left:72,right:16,top:32,bottom:28},xAxis:{type:"category",data:o},yAxis:{type:"value"},series:t.map((d,p)=>({type:"bar",name:d.name,data:d.values,markLine:p===0&&s?{symbol:"none",data:[{yAxis:s.value,name:s.name}],label:{position:"insideEndTop",formatter:s.name+" {c}"}}:void 0}))};a.setOption(r);const c=()=>a.resize();return window.addEventListener("resize",c),()=>{window.removeEventListener("resize",c),a.dispose()}}const ie=["LABOR","SUPERVISION","ACTIVITIES","MANAGEMENT","INSURANCE_TAX","TRAINING","OTHER"],ue=["headcount","professionalPosts","supervisedWorkers","months"];function ce(e){const o=(e.get("budget")??"").split(",").filter(Boolean).map(t=>{const[s="",a=""]=t.split(":");return{category:s,amount:a}});return{asOf:e.get("asOf")??"",domain:e.get("domain")??"",headcount:e.get("headcount")??"",professionalPosts:e.get("professionalPosts")??"",supervisedWorkers:e.get("supervisedWorkers")??"",months:e.get("months")??"",budget:o}}function le(e,o){const t=(s,a)=>a?e.set(s,a):e.delete(s);t("asOf",o.asOf),t("domain",o.domain);for(const s of ue)t(s,o[s]);t("budget",o.budget.filter(s=>s.amount).map(s=>`${s.category}:${s.amount}`).join(","))}function de(e){const o=t=>t===""?null:Number.parseInt(t,10);return{domain:e.domain,headcount:o(e.headcount)??0,professionalPosts:o(e.professionalPosts),supervisedWorkers:o(e.supervisedWorkers),months:o(e.months),budget:e.budget.length?e.budget.filter(t=>t.amount):null}}let w;async function me(e,o){w?.(),w=void 0;const{lang:t}=e,s=ce(e.query),a=n("section",{class:"results","data-testid":"results"});if(o.replaceChildren(pe(e,s),a),ge(o).catch(()=>{}),!(!s.domain||!s.headcount)){a.replaceChildren(n("p",{class:"loading"},i(t,"load")));try{const r=await T(ee,{subject:{project:de(s)},asOf:s.asOf||null});he(t,a,r.compare,s)}catch(r){a.replaceChildren(n("p",{class:"error",role:"alert"},`${i(t,"error")}: ${r instanceof Error?r.message:String(r)}`))}}}function pe(e,o){const{lang:t}=e,s=n("div",{class:"lines"}),a=(d,p)=>{const g=n("div",{class:"line"},n("select",{name:"category"},ie.map(l=>n("option",{value:l,selected:l===d},l))),n("input",{name:"amount",inputmode:"decimal",pattern:"[0-9]+(\\.[0-9]{1,2})?",value:p,"aria-label":i(t,"amount"),placeholder:i(t,"amount")}),n("button",{type:"button",class:"remove",onclick:()=>g.remove()},i(t,"remove")));s.append(g)};for(const d of o.budget.length?o.budget:[{category:"LABOR",amount:""}])a(d.category,d.amount);const r=(d,p,g)=>n("label",{},p,n("input",{name:d,...g}));return n("form",{class:"scenario","data-testid":"compare-form",onsubmit:d=>{d.preventDefault();const p=new FormData(d.target),g=h=>String(p.get(h)??"").trim(),l={asOf:g("asOf"),domain:g("domain"),headcount:g("headcount"),professionalPosts:g("professionalPosts"),supervisedWorkers:g("supervisedWorkers"),months:g("months"),budget:[...s.querySelectorAll(".line")].map(h=>({category:h.querySelector("select").value,amount:h.querySelector("input").value.trim()}))};e.navigate(h=>le(h,l))}},n("h2",{},i(t,"project")),n("div",{class:"fields"},r("domain",i(t,"domain"),{list:"domain-terms",required:!0,value:o.domain,title:i(t,"domainHint")}),n("datalist",{id:"domain-terms"}),r("headcount",i(t,"headcount"),{type:"number",min:1,required:!0,value:o.headcount}),r("professionalPosts",i(t,"professionalPosts"),{type:"number",min:0,value:o.professionalPosts}),r("supervisedWorkers",i(t,"supervisedWorkers"),{type:"number",min:0,value:o.supervisedWorkers}),r("months",i(t,"months"),{type:"number",min:1,value:o.months}),r("asOf",i(t,"asOf"),{type:"date",value:o.asOf})),n("fieldset",{class:"budget"},n("legend",{},i(t,"budget")),s,n("button",{type:"button",class:"add",onclick:()=>a("ACTIVITIES","")},i(t,"addLine"))),n("p",{class:"actions"},n("button",{type:"submit",class:"run"},i(t,"run")),n("small",{},i(t,"share"))))}async function ge(e){const o=await T(Y,{}),t=e.querySelector("#domain-terms");if(!t)return;const s=new Map;for(const a of o.catalogItems.edges??[]){const r=a?.node;if(!r)continue;const c=(d,p)=>s.set(d,[...s.get(d)??[],p]);c(r.termZh,`${r.region.code}${r.highRisk?" · 高风险 high-risk":""}${r.termEn?" · "+r.termEn:""}`);for(const d of r.sharedCodes)c(d,`${r.region.code}: ${r.termZh}`)}t.replaceChildren(...[...s].map(([a,r])=>n("option",{value:a},[...new Set(r)].join("; "))))}const N=["FAIL","INSUFFICIENT_INPUT","PASS","NOT_IN_FORCE","NOT_APPLICABLE"];function he(e,o,t,s){const a=n("div",{class:"chart","data-testid":"minima-chart"}),r=n("div",{class:"columns"},t.map(l=>{const h=[...l.findings].sort((m,u)=>N.indexOf(m.status)-N.indexOf(u.status)),f=h.filter(m=>m.status!=="NOT_APPLICABLE"),v=h.length-f.length;return n("article",{class:"region","data-region":l.region},n("h3",{},l.region),n("p",{class:`overall status-${l.status}`,"data-testid":"overall"},$(e,l.status)),l.error?n("p",{class:"error"},`${l.error.code}: ${l.error.message}`):null,n("ol",{class:"findings"},f.map(m=>n("li",{class:`finding status-${m.status}`,"data-rule":m.ruleId},n("div",{class:"head"},n("span",{class:"status"},$(e,m.status))," ",n("code",{},m.ruleId)),n("p",{},e==="zh"?m.messageZh:m.messageEn),m.actual||m.required?n("p",{class:"numbers"},`${i(e,"actual")} ${m.actual??"—"} · ${i(e,"required")} ${m.required??"—"}`):null,m.remedy?n("p",{class:"remedy"},n("b",{},i(e,"remedy")+": "),m.remedy):null,n("details",{class:"citation"},n("summary",{},`${i(e,"citation")}: ${m.citation.title??m.citation.document}${m.citation.clause?" · "+m.citation.clause:""}`),n("blockquote",{class:"quote"},m.citation.quote))))),v?n("p",{class:"skipped"},`${v} ${i(e,"notApplicable")}`):null)})),c=t.flatMap(l=>l.evaluatedBy.map(h=>({region:h.region,plugin:h.plugin??"",version:h.pluginVersion,rulesetHash:h.rulesetHash}))),d=[...new Map(c.map(l=>[`${l.region}|${l.plugin}|${l.rulesetHash}`,l])).values()];o.replaceChildren(n("h2",{},i(e,"minima")),a,r,k(e,d));const p=l=>l?Number(l):null;if(!t.some(l=>l.budget?.minimumTotal||l.budget?.minimumLabor)){a.replaceChildren(n("p",{class:"note"},i(e,"noMinima")));return}const g=s.budget.reduce((l,h)=>l+(Number(h.amount)||0),0);w=re(a,t.map(l=>l.region),[{name:i(e,"minimumTotal"),values:t.map(l=>p(l.budget?.minimumTotal))},{name:i(e,"minimumLabor"),values:t.map(l=>p(l.budget?.minimumLabor))},{name:i(e,"supervisionFund"),values:t.map(l=>p(l.budget?.supervisionFund))}],g>0?{name:i(e,"yourBudget"),value:Math.round(g*100)/100}:void 0)}const P={matrix:oe,compare:me};function S(){const e=new URLSearchParams(location.search),o=e.get("lang")==="en"?"en":"zh",t=e.get("view")==="compare"?"compare":"matrix";document.documentElement.lang=o==="zh"?"zh-CN":"en",document.title=`${i(o,"title")} · shegong`;const s={lang:o,query:e,navigate(c){const d=new URLSearchParams(location.search);c(d),history.pushState(null,"","?"+d.toString()),S()}},a=(c,d,p={})=>{const g=new URLSearchParams(e);return d(g),n("a",{...p,href:"?"+g.toString(),onclick:l=>{l.preventDefault(),s.navigate(d)}},c)},r=n("main",{id:"view","data-view":t});document.body.replaceChildren(n("header",{},n("h1",{},i(o,"title")),n("nav",{},Object.keys(P).map(c=>a(i(o,c),d=>d.set("view",c),{class:c===t?"tab current":"tab","data-view":c})),n("span",{class:"later"},i(o,"later"))),a(i(o,"language"),c=>o==="zh"?c.set("lang","en"):c.delete("lang"),{class:"lang","data-testid":"lang"})),r),P[t](s,r).catch(c=>{r.replaceChildren(n("p",{class:"error",role:"alert"},`${i(o,"error")}: ${String(c instanceof Error?c.message:c)}`))})}window.addEventListener("popstate",S);S();
