/* The kg network page: reads the JSON data block, draws it with vis-network, wires filters, search,
   tooltips and the side panel. Every text from the data goes in with textContent, never as HTML. */
(function () {
  "use strict";

  const DATA = JSON.parse(document.getElementById("kg-data").textContent);
  const TYPE_COLORS = { visit: "#1b9e77", meeting: "#6a5acd", condemnation: "#d62728", cooperation: "#e69500", other: "#7f7f7f" };
  const KINDS = {
    country: { shape: "hexagon", color: "#1f77b4", border: "#135282", name: "Country" },
    person: { shape: "dot", color: "#ff9f40", border: "#c66a0f", name: "Person" },
    organization: { shape: "diamond", color: "#2ca02c", border: "#1b6b1b", name: "Organisation" },
  };
  const MEMBER_COLOR = "#a8a8a8";
  const DIRECTED = { visit: true, condemnation: true };
  const MAX_LIST = 200;
  const MAX_TIP = 6;
  const nodesIn = DATA.nodes;
  const eventsIn = DATA.events;
  const faint = DATA.edges.length > 1500;

  const $ = (id) => document.getElementById(id);

  function el(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function safeUrl(url) {
    if (typeof url !== "string") return null;
    try {
      const parsed = new URL(url);
      return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
    } catch (err) {
      return null;
    }
  }

  function typeColor(type) {
    return Object.prototype.hasOwnProperty.call(TYPE_COLORS, type) ? TYPE_COLORS[type] : TYPE_COLORS.other;
  }

  /* ---- indexes ---- */
  const nodeEvents = nodesIn.map(() => []);
  eventsIn.forEach((e, k) => {
    nodeEvents[e.s].push(k);
    if (e.o !== undefined && e.o !== e.s) nodeEvents[e.o].push(k);
  });
  const countryOf = (i) => (nodesIn[i].c !== undefined ? nodesIn[i].c : i);

  /* ---- vis data ---- */
  const groups = {};
  Object.keys(KINDS).forEach((kind) => {
    const k = KINDS[kind];
    groups[kind] = {
      shape: k.shape,
      color: { background: k.color, border: k.border, highlight: { background: k.color, border: "#000" },
               hover: { background: k.color, border: "#000" } },
    };
  });
  groups.country.font = { size: 16, strokeWidth: 3, strokeColor: "#fff" };

  const nodeItems = nodesIn.map((n, i) => {
    const item = { id: i, label: n.label, group: KINDS[n.kind] ? n.kind : "organization", size: n.size };
    if (typeof n.x === "number") { item.x = n.x; item.y = n.y; }
    return item;
  });

  function edgeLabel(g, count) {
    const parts = [];
    if (g.p === "negative") parts.push("not");
    if (count > 1) parts.push("\u00d7" + count);
    return parts.length ? parts.join(" ") : undefined;
  }

  const edgeItems = DATA.edges.map((g, k) => {
    const color = typeColor(g.t);
    const item = {
      id: "e" + k,
      from: g.s,
      to: g.o,
      color: { color: color, highlight: color, hover: color, opacity: (g.p === "negative" ? 0.35 : 1) * (faint ? 0.45 : 0.85) },
      width: 1 + Math.log2(g.e.length),
      dashes: g.m !== "asserted",
      label: edgeLabel(g, g.e.length),
    };
    if (DIRECTED[g.t]) item.arrows = "to";
    if (g.k > 0) item.smooth = { enabled: true, type: g.k % 2 ? "curvedCW" : "curvedCCW", roundness: 0.15 * Math.ceil(g.k / 2) };
    return item;
  });
  DATA.members.forEach((m, k) => {
    edgeItems.push({ id: "m" + k, from: m[0], to: m[1], color: { color: MEMBER_COLOR, highlight: "#666", hover: "#666", opacity: 0.7 },
                     width: 0.5, dashes: false });
  });

  const nodes = new vis.DataSet(nodeItems);
  const edges = new vis.DataSet(edgeItems);
  const options = {
    nodes: { borderWidth: 1, font: { size: 12, color: "#222" } },
    edges: { smooth: false, arrowStrikethrough: false, selectionWidth: 2,
             arrows: { to: { scaleFactor: 0.6 } },
             font: { size: 11, color: "#444", strokeWidth: 3, strokeColor: "#fff", align: "middle" } },
    groups: groups,
    layout: { improvedLayout: false },
    // past a few thousand edges a full redraw takes a quarter second in software rendering (dashes above
    // all), so edges are left out while the user drags or zooms and drawn again when they stop
    interaction: { hover: true, tooltipDelay: 100, hideEdgesOnDrag: edgeItems.length > 4000,
                   hideEdgesOnZoom: edgeItems.length > 4000 },
    physics: DATA.physics
      ? { solver: "forceAtlas2Based", forceAtlas2Based: { gravitationalConstant: -60, springLength: 90 },
          stabilization: { iterations: 300, updateInterval: 50, fit: true } }
      : false,
  };

  const network = new vis.Network($("network"), { nodes: nodes, edges: edges }, options);
  network.once("afterDrawing", () => {
    document.body.dataset.drawMs = String(Math.round(performance.now()));
    document.body.dataset.drawn = "1";
  });
  if (DATA.physics) {
    network.once("stabilizationIterationsDone", () => network.setOptions({ physics: false }));
  }

  /* ---- describing events (DOM only) ---- */
  function actorName(e, which) {
    if (which === "s") return e.sn || nodesIn[e.s].label;
    if (e.o === undefined) return null;
    return e.on || nodesIn[e.o].label;
  }

  function articleLine(articleIndex, withLink) {
    const art = DATA.articles[articleIndex] || {};
    const line = el("div", "ev-src");
    const url = safeUrl(art.url);
    const name = art.pub ? art.pub + " \u2014 " + (art.id || "") : art.id || "article";
    line.append("Article: ");
    if (url && withLink) {
      const a = el("a", null, url);
      a.href = url;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      line.append(a);
      line.append(" (" + name + ")");
    } else {
      line.append(url || name);
    }
    if (art.date) line.append(", " + art.date);
    return line;
  }

  function describeEvent(k, withLinks) {
    const e = eventsIn[k];
    const li = el("li", e.p === "negative" ? "event negative" : "event");
    const head = el("div", "ev-head");
    const swatch = el("span", "swatch");
    swatch.style.background = typeColor(e.t);
    head.append(swatch, e.t + ": " + actorName(e, "s"));
    const target = actorName(e, "o");
    if (target !== null) head.append((DIRECTED[e.t] ? " \u2192 " : " \u2014 ") + target);
    li.append(head);
    const meta = [e.d || "no date", e.p, e.m];
    if (e.loc) meta.push("at " + e.loc);
    if (e.trig) meta.push("\u201c" + e.trig + "\u201d");
    li.append(el("div", "ev-meta", meta.join(" \u00b7 ")));
    (e.ev || []).forEach((pair) => {
      li.append(el("blockquote", null, pair[0]));
      li.append(articleLine(pair[1], withLinks));
      if (pair[2]) li.append(el("div", "ev-rule", "read by rule " + pair[2]));
    });
    return li;
  }

  function eventList(list, limit, withLinks) {
    const ul = el("ul", "events");
    list.slice(0, limit).forEach((k) => ul.append(describeEvent(k, withLinks)));
    const frag = document.createDocumentFragment();
    frag.append(ul);
    if (list.length > limit) frag.append(el("p", "more", "\u2026 and " + (list.length - limit) + " more"));
    return frag;
  }

  /* ---- filters ---- */
  const evVisible = eventsIn.map(() => true);
  const edgeState = DATA.edges.map((g) => ({ hidden: false, count: g.e.length }));
  const nodeHidden = nodesIn.map(() => false);
  const memberHidden = DATA.members.map(() => false);
  const typeBoxes = {};

  function dateRange(d) {
    if (!d) return null;
    const parts = d.split("-");
    const lo = [parts[0], parts[1] || "01", parts[2] || "01"].join("-");
    const hi = [parts[0], parts[1] || "12", parts[2] || "31"].join("-");
    return [lo, hi];
  }
  const evRange = eventsIn.map((e) => dateRange(e.d));

  function currentFilter() {
    const types = {};
    DATA.types.forEach((t) => { types[t] = typeBoxes[t] ? typeBoxes[t].checked : true; });
    const cv = $("country").value;
    return { types: types, country: cv === "" ? null : Number(cv), from: $("date-from").value || null,
             to: $("date-to").value || null };
  }

  function applyFilters() {
    const f = currentFilter();
    const allTypes = DATA.types.every((t) => f.types[t]);
    const active = !allTypes || f.country !== null || f.from !== null || f.to !== null;
    const belongs = (i) => f.country === null || countryOf(i) === f.country;
    let shownEvents = 0;
    eventsIn.forEach((e, k) => {
      let ok = f.types[e.t] !== false;
      if (ok && (f.from || f.to)) {
        const r = evRange[k];
        ok = r !== null && (!f.from || r[1] >= f.from) && (!f.to || r[0] <= f.to);
      }
      if (ok && f.country !== null) ok = belongs(e.s) || (e.o !== undefined && belongs(e.o));
      evVisible[k] = ok;
      if (ok) shownEvents++;
    });

    const show = nodesIn.map(() => !active);
    if (active) {
      eventsIn.forEach((e, k) => {
        if (!evVisible[k]) return;
        show[e.s] = true;
        if (e.o !== undefined) show[e.o] = true;
      });
      nodesIn.forEach((n, i) => { if (show[i] && n.c !== undefined) show[n.c] = true; });
      if (f.country !== null) show[f.country] = true;
    }

    const edgeUpdates = [];
    let shownEdges = 0;
    DATA.edges.forEach((g, k) => {
      let count = 0;
      g.e.forEach((i) => { if (evVisible[i]) count++; });
      const hidden = count === 0;
      const st = edgeState[k];
      if (!hidden) shownEdges++;
      if (hidden !== st.hidden || (!hidden && count !== st.count)) {
        const upd = { id: "e" + k, hidden: hidden };
        if (!hidden) { upd.label = edgeLabel(g, count) || ""; upd.width = 1 + Math.log2(count); }
        edgeUpdates.push(upd);
        st.hidden = hidden;
        if (!hidden) st.count = count;
      }
    });
    let shownMembers = 0;
    DATA.members.forEach((m, k) => {
      const hidden = !(show[m[0]] && show[m[1]]);
      if (!hidden) shownMembers++;
      if (hidden !== memberHidden[k]) {
        edgeUpdates.push({ id: "m" + k, hidden: hidden });
        memberHidden[k] = hidden;
      }
    });
    const nodeUpdates = [];
    let shownNodes = 0;
    show.forEach((visible, i) => {
      if (visible) shownNodes++;
      if (nodeHidden[i] === visible) {
        nodeUpdates.push({ id: i, hidden: !visible });
        nodeHidden[i] = !visible;
      }
    });
    if (nodeUpdates.length) nodes.update(nodeUpdates);
    if (edgeUpdates.length) edges.update(edgeUpdates);

    const ds = document.body.dataset;
    ds.nodes = String(shownNodes);
    ds.edges = String(shownEdges);
    ds.members = String(shownMembers);
    ds.events = String(shownEvents);
    $("stats").textContent = shownNodes + " of " + nodesIn.length + " nodes \u00b7 " + shownEvents + " of " +
      eventsIn.length + " events \u00b7 " + (DATA.level === "country" ? "country level" : "actor level");
    if (panelState) panelState.refresh();
  }

  /* ---- side panel ---- */
  let panelState = null;

  function showNode(i) {
    panelState = { refresh: () => showNode(i) };
    const n = nodesIn[i];
    const panel = $("panel");
    panel.replaceChildren();
    panel.append(el("h2", null, n.label));
    const meta = [KINDS[n.kind] ? KINDS[n.kind].name : n.kind];
    if (n.roles) meta.push(n.roles.join("; "));
    if (n.c !== undefined) meta.push("serves " + nodesIn[n.c].label);
    if (n.iso) meta.push(n.iso);
    panel.append(el("div", "meta", meta.join(" \u00b7 ")));
    panel.append(el("div", "iri", n.iri));
    const all = nodeEvents[i];
    const list = all.filter((k) => evVisible[k]);
    panel.append(el("p", "meta", list.length === all.length ? all.length + " events"
      : list.length + " of " + all.length + " events (filters hide the rest)"));
    panel.append(eventList(list, MAX_LIST, true));
    document.body.dataset.panel = "node:" + i;
  }

  function showEdge(id) {
    const panel = $("panel");
    panel.replaceChildren();
    if (id.charAt(0) === "m") {
      panelState = null;
      const m = DATA.members[Number(id.slice(1))];
      panel.append(el("h2", null, nodesIn[m[0]].label));
      panel.append(el("p", "meta", "member of " + nodesIn[m[1]].label));
    } else {
      panelState = { refresh: () => showEdge(id) };
      const g = DATA.edges[Number(id.slice(1))];
      const list = g.e.filter((k) => evVisible[k]);
      panel.append(el("h2", null, nodesIn[g.s].label + (DIRECTED[g.t] ? " \u2192 " : " \u2014 ") + nodesIn[g.o].label));
      panel.append(el("p", "meta", list.length + " " + g.t + " event" + (list.length === 1 ? "" : "s") + " \u00b7 " + g.p + " \u00b7 " + g.m));
      panel.append(eventList(list, MAX_LIST, true));
    }
    document.body.dataset.panel = "edge:" + id;
  }

  /* ---- tooltips ---- */
  function tooltipFor(kind, id) {
    const box = document.createDocumentFragment();
    if (kind === "node") {
      const n = nodesIn[id];
      box.append(el("div", "ev-head", n.label));
      const meta = [KINDS[n.kind] ? KINDS[n.kind].name : n.kind];
      if (n.roles) meta.push(n.roles.join("; "));
      if (n.c !== undefined) meta.push("serves " + nodesIn[n.c].label);
      meta.push(n.n + " event" + (n.n === 1 ? "" : "s"));
      box.append(el("div", "ev-meta", meta.join(" \u00b7 ")));
    } else if (String(id).charAt(0) === "m") {
      const m = DATA.members[Number(String(id).slice(1))];
      box.append(el("div", null, nodesIn[m[0]].label + " \u2014 member of " + nodesIn[m[1]].label));
    } else {
      const g = DATA.edges[Number(String(id).slice(1))];
      const list = g.e.filter((k) => evVisible[k]);
      box.append(eventList(list, MAX_TIP, false));
      box.append(el("div", "more", "Click the edge to list its events with links."));
    }
    return box;
  }

  const tip = $("tooltip");
  function showTip(kind, params) {
    tip.replaceChildren(tooltipFor(kind, kind === "node" ? params.node : params.edge));
    tip.hidden = false;
    const wrap = $("network-wrap").getBoundingClientRect();
    const x = params.pointer.DOM.x + 14;
    const y = params.pointer.DOM.y + 14;
    tip.style.left = Math.max(0, Math.min(x, wrap.width - tip.offsetWidth - 4)) + "px";
    tip.style.top = Math.max(0, Math.min(y, wrap.height - tip.offsetHeight - 4)) + "px";
  }
  const hideTip = () => { tip.hidden = true; };
  network.on("hoverNode", (p) => showTip("node", p));
  network.on("hoverEdge", (p) => showTip("edge", p));
  network.on("blurNode", hideTip);
  network.on("blurEdge", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);
  network.on("click", (p) => {
    if (p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges.length) showEdge(String(p.edges[0]));
  });

  /* ---- search ---- */
  function findNode(query) {
    const q = query.trim().toLowerCase();
    if (!q) return -1;
    let best = -1;
    let bestRank = 4;
    nodesIn.forEach((n, i) => {
      const label = n.label.toLowerCase();
      const rank = label === q ? 0 : label.startsWith(q) ? 1 : label.includes(q) ? 2 : (n.iso || "").toLowerCase() === q ? 0 : 4;
      if (rank < bestRank || (rank === bestRank && best >= 0 && nodesIn[i].n > nodesIn[best].n)) {
        best = i;
        bestRank = rank;
      }
    });
    return bestRank < 4 ? best : -1;
  }

  function focusNode(query) {
    const i = findNode(query);
    const status = $("search-status");
    if (i < 0) {
      status.textContent = "No match for \u201c" + query + "\u201d";
      delete document.body.dataset.focused;
      return -1;
    }
    status.textContent = nodeHidden[i] ? nodesIn[i].label + " (hidden by the filters)" : nodesIn[i].label;
    network.selectNodes([i]);
    network.focus(i, { scale: Math.max(network.getScale(), 1.2), animation: { duration: 300, easingFunction: "easeInOutQuad" } });
    showNode(i);
    document.body.dataset.focused = String(i);
    return i;
  }

  /* ---- controls ---- */
  function svgSwatch(draw) {
    const ns = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("width", "28");
    svg.setAttribute("height", "14");
    draw(svg, (tag, attrs) => {
      const e = document.createElementNS(ns, tag);
      Object.keys(attrs).forEach((k) => e.setAttribute(k, attrs[k]));
      svg.append(e);
      return e;
    });
    return svg;
  }
  const lineSwatch = (color, dashed, opacity, width) => svgSwatch((svg, add) => {
    const attrs = { x1: "1", y1: "7", x2: "27", y2: "7", stroke: color, "stroke-width": String(width || 2), "stroke-opacity": String(opacity) };
    if (dashed) attrs["stroke-dasharray"] = "4 3";
    add("line", attrs);
  });

  DATA.types.forEach((t) => {
    const label = el("label");
    const box = document.createElement("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = t;
    box.id = "type-" + t;
    box.addEventListener("change", applyFilters);
    typeBoxes[t] = box;
    const n = eventsIn.reduce((acc, e) => acc + (e.t === t ? 1 : 0), 0);
    label.append(box, lineSwatch(typeColor(t), false, 1), t + " (" + n + ")");
    $("types").append(label);
  });

  const legend = $("legend");
  Object.keys(KINDS).forEach((kind) => {
    const k = KINDS[kind];
    const row = el("div", "legend-row");
    row.append(svgSwatch((svg, add) => {
      const common = { fill: k.color, stroke: k.border };
      if (kind === "person") add("circle", Object.assign({ cx: "14", cy: "7", r: "5" }, common));
      else if (kind === "organization") add("polygon", Object.assign({ points: "14,1 20,7 14,13 8,7" }, common));
      else add("polygon", Object.assign({ points: "10,1 18,1 22,7 18,13 10,13 6,7" }, common));
    }), k.name);
    legend.append(row);
  });
  [["planned or proposed", "#555", true, 1], ["negative (labelled \u201cnot\u201d)", "#555", false, 0.3],
   ["member of (person/organisation \u2192 country)", MEMBER_COLOR, false, 0.9, 1]].forEach((r) => {
    const row = el("div", "legend-row");
    row.append(lineSwatch(r[1], r[2], r[3], r[4]), r[0]);
    legend.append(row);
  });
  legend.append(el("div", "note", "Arrows show direction for visits and condemnations; node size grows with the number of events."));

  const countrySelect = $("country");
  nodesIn.map((n, i) => i).filter((i) => nodesIn[i].kind === "country")
    .sort((a, b) => nodesIn[a].label.localeCompare(nodesIn[b].label))
    .forEach((i) => {
      const opt = document.createElement("option");
      opt.value = String(i);
      opt.textContent = nodesIn[i].label;
      countrySelect.append(opt);
    });
  countrySelect.addEventListener("change", applyFilters);

  const dates = evRange.filter((r) => r !== null);
  if (dates.length) {
    const min = dates.reduce((m, r) => (r[0] < m ? r[0] : m), dates[0][0]);
    const max = dates.reduce((m, r) => (r[0] > m ? r[0] : m), dates[0][0]);
    ["date-from", "date-to"].forEach((id) => { $(id).min = min; $(id).max = max; });
  }
  ["date-from", "date-to"].forEach((id) => $(id).addEventListener("change", applyFilters));

  $("reset").addEventListener("click", () => {
    Object.keys(typeBoxes).forEach((t) => { typeBoxes[t].checked = true; });
    countrySelect.value = "";
    $("date-from").value = "";
    $("date-to").value = "";
    applyFilters();
  });

  const names = $("names");
  if (nodesIn.length <= 20000) {
    const frag = document.createDocumentFragment();
    nodesIn.forEach((n) => {
      const opt = document.createElement("option");
      opt.value = n.label;
      frag.append(opt);
    });
    names.append(frag);
  }
  $("search-go").addEventListener("click", () => focusNode($("search").value));
  $("search").addEventListener("keydown", (ev) => { if (ev.key === "Enter") focusNode($("search").value); });

  applyFilters();
  window.kgView = { network: network, nodes: nodes, edges: edges, data: DATA, applyFilters: applyFilters,
                    focusNode: focusNode, showNode: showNode, showEdge: showEdge, tooltipFor: tooltipFor };
})();
