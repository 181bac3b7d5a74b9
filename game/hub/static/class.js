// The trainer's dashboard (Cap Industrie hub). Served by the hub, no library, no CDN.
// Polls /api/class/CODE/dashboard every few seconds and draws it; every text comes from
// the page's #strings table (game/hub/classstrings.py), every value goes in as text.
"use strict";

(function () {
  const POLL_MS = 3000;
  const app = document.getElementById("app");
  const code = app.dataset.code;
  const STRINGS = JSON.parse(document.getElementById("strings").textContent);
  let lang = app.dataset.lang === "en" ? "en" : "fr";
  let view = new URLSearchParams(location.search).get("view") === "projector" ? "projector" : "trainer";
  let tab = null; // "live" or "debrief", chosen on the first data
  let data = null;
  let lastText = "";
  let failed = false;
  let closing = false; // the trainer pressed « Clore la séance »: the confirm step shows
  let stuckMin = Number(localStorage.getItem("cap-stuck-min")) || 5;

  function t(key, values) {
    const entry = STRINGS[key];
    let text = entry ? (entry[lang] || entry.fr) : key;
    for (const [k, v] of Object.entries(values || {})) text = text.split("{" + k + "}").join(String(v));
    return text;
  }

  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") el.className = v;
      else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
      else if (v === true) el.setAttribute(k, "");
      else el.setAttribute(k, String(v));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      el.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return el;
  }

  const num = (v, digits) => new Intl.NumberFormat(lang, { maximumFractionDigits: digits || 0 }).format(v);
  const pick = (entry, fallback) => (entry && (entry[lang] || entry.fr)) || fallback;
  const stationName = (ref) => pick(data.names.stations && data.names.stations[ref], ref);
  const worldName = (id) => pick(data.names.worlds && data.names.worlds[id], id);
  const jobName = (id) => pick(data.names.jobs && data.names.jobs[id], id);
  const statementName = (id) => pick(data.names.statements && data.names.statements[id], id);
  const band = (score) => (score >= 70 ? "good" : score >= 40 ? "mid" : "low");

  // 1 « pas du tout d'accord » … 5 « tout à fait d'accord »; then the old 3-point answers
  const SCALE_ORDER = ["1", "2", "3", "4", "5", "disagree", "unsure", "agree"];

  function beliefLabel(value) {
    if (value === "agree" || value === "disagree" || value === "unsure") return t("c_" + value);
    return value;
  }

  async function load() {
    try {
      const reply = await fetch(`/api/class/${code}/dashboard?stuck=${stuckMin}`, {
        credentials: "same-origin", cache: "no-store" });
      if (reply.status === 401) { location.reload(); return; }
      if (!reply.ok) throw new Error(String(reply.status));
      const text = await reply.text();
      failed = false;
      const fresh = JSON.parse(text);
      const same = text.replace(/"now":"[^"]*"/, "") === lastText;
      lastText = text.replace(/"now":"[^"]*"/, "");
      data = fresh;
      if (tab === null) tab = data.session.open ? "live" : "debrief";
      if (!same) render(); else renderStatus();
    } catch (err) {
      failed = true;
      renderStatus();
    }
  }

  function post(path, body) {
    return fetch(`/api/class/${code}/${path}`, {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json" }, body: JSON.stringify(body || {}) });
  }

  // -- header ----------------------------------------------------------------------------
  function header() {
    const s = data.session;
    const what = s.world_id ? worldName(s.world_id) : t("c_every_world");
    const meta = [what, t("c_route_" + s.route), s.timers ? t("c_timers_on") : t("c_timers_off")];
    const button = (label, onclick, cls) => h("button", { type: "button", class: cls, onclick }, label);
    return h("header", { class: "top" },
      h("div", { class: "brand" },
        h("h1", {}, t("c_title")),
        h("p", { class: "meta" }, s.title ? h("strong", {}, s.title + " · ") : null, meta.join(" · "))),
      h("div", { class: "code-box" }, h("span", { class: "code-big", "data-test": "code" }, s.code),
        h("span", { class: s.open ? "state open" : "state closed" },
          s.open ? t("c_open_session") : t("c_closed"))),
      h("nav", { class: "tools no-print" },
        h("div", { class: "tabs", role: "tablist" },
          button(t("c_live"), () => { tab = "live"; render(); }, tab === "live" ? "tab on" : "tab"),
          button(t("c_debrief"), () => { tab = "debrief"; render(); }, tab === "debrief" ? "tab on" : "tab")),
        button(view === "projector" ? t("c_trainer_view") : t("c_projector"), () => {
          view = view === "projector" ? "trainer" : "projector"; render(); }, "projector-toggle"),
        button(t("c_print"), () => { tab = "debrief"; render(); window.print(); }, "print"),
        h("a", { class: "button", href: `/class/${code}/report.csv?lang=${lang}`, download: "" }, t("c_csv")),
        h("a", { class: "button", href: `/class/${code}/eleves.csv?lang=${lang}`, download: "" }, t("c_csv_students")),
        s.open && view === "trainer" ? button(t("c_close"), () => { closing = true; render(); },
          "danger close") : null,
        button(t("c_other_lang"), () => { lang = lang === "fr" ? "en" : "fr";
          document.documentElement.lang = lang; render(); }, "lang"),
        view === "trainer" ? h("form", { method: "post", action: `/class/${code}/logout` },
          h("button", { type: "submit", class: "quiet" }, t("c_logout"))) : null),
      s.open && closing && view === "trainer" ? closeStep() : null,
      h("p", { class: "status no-print", id: "status" }));
  }

  // closing is final: a step on the page names what is lost before anything is done
  function closeStep() {
    const s = data.session;
    const unfinished = data.students.filter((st) => !isGroup(st) && (st.joined || st.done.length) && !st.outcome).length;
    const cancel = () => { closing = false; render(); };
    return h("div", { class: "confirm-close no-print", role: "alertdialog", "aria-labelledby": "close-q",
      "data-test": "close-step" },
      h("p", { id: "close-q" }, h("strong", {}, t("c_close_q", { code: s.code }))),
      h("ul", {}, h("li", {}, t("c_close_unfinished", { n: num(unfinished) })),
        h("li", {}, t("c_close_files")), h("li", {}, t("c_close_kept"))),
      h("div", { class: "actions" },
        h("button", { type: "button", class: "danger close-yes", onclick: async () => {
          closing = false; await post("close"); load(); } }, t("c_close_yes")),
        h("button", { type: "button", class: "close-no", onclick: cancel }, t("c_cancel"))));
  }

  function renderStatus() {
    const el = document.getElementById("status");
    if (!el || !data) return;
    el.textContent = failed ? t("c_unreachable")
      : t("c_updated", { at: new Date(data.now).toLocaleTimeString(lang) });
    el.classList.toggle("warn", failed);
  }

  // -- live ------------------------------------------------------------------------------
  function planned() {
    const refs = data.stations.map((s) => s.ref);
    return refs.length ? refs : [...new Set(data.students.flatMap((s) => s.done))];
  }

  function stateOf(s) {
    if (s.outcome === "finished") return h("span", { class: "st done" }, "✓ " + t("c_done"));
    if (s.outcome === "left") return h("span", { class: "st left" }, t("c_left"));
    if (!s.joined && !s.done.length) return h("span", { class: "st none" }, t("c_not_joined"));
    if (s.stuck === "idle") return h("span", { class: "st stuck", "data-test": "stuck" },
      "⚠ " + t("c_idle", { n: num(data.stuck_min, 1) }));
    if (s.stuck === "low") return h("span", { class: "st stuck", "data-test": "stuck" }, "⚠ " + t("c_low"));
    return h("span", { class: "st playing" }, "▶ " + t("c_playing"));
  }

  function accControls(s) {
    const a = s.accommodations;
    const listed = { 1.5: "c_time_15", 2: "c_time_2" };
    // a factor from a roster or a script that the list does not have (×2.5): shown as it is
    const other = a.more_time && a.more_time > 1 && !(a.more_time in listed) ? String(a.more_time) : null;
    const time = a.no_timer ? "none" : other || (a.more_time in listed ? String(a.more_time) : "1");
    const save = async (change) => {
      if (document.activeElement) document.activeElement.blur();
      const next = Object.assign({}, a, change);
      const reply = await post("accommodations", { student: s.name, accommodations: next });
      const note = document.getElementById("saved");
      if (reply.ok && note) { note.textContent = t("c_saved"); }
      load();
    };
    const select = h("select", { "aria-label": t("c_time") + " · " + s.name, onchange: (e) => {
      const v = e.target.value;
      save({ no_timer: v === "none", more_time: v === "1" || v === "none" ? null : Number(v) }); } },
      [["1", t("c_time_normal")], ["1.5", t("c_time_15")], ["2", t("c_time_2")],
        ...(other ? [[other, "×" + num(a.more_time, 2)]] : []), ["none", t("c_time_none")]].map(
        ([v, label]) => h("option", { value: v, selected: v === time }, label)));
    const box = (field, key) => h("label", { class: "check" },
      h("input", { type: "checkbox", checked: a[field], onchange: (e) => save({ [field]: e.target.checked }) }),
      t(key));
    return h("div", { class: "acc" }, h("label", { class: "check" }, t("c_time") + " ", select),
      box("fewer_choices", "c_fewer"), box("larger_text", "c_larger"), box("read_aloud", "c_read"));
  }

  // projector mode: the one screen's row is the class, counted in hands, not a student
  const projectorSession = () => data.session.route === "projector";
  const isGroup = (s) => projectorSession() || s.hands > 0;

  function groupChip(s, ref) {
    const done = ref in s.scores;
    if (!done) return h("span", { class: "chip todo", title: stationName(ref) }, "·");
    const counted = s.hands_at && s.hands_at[ref]; // no hands counted: played, no share to show
    return h("span", { class: counted ? "chip " + band(s.scores[ref]) : "chip passed",
      title: stationName(ref) }, counted ? num(s.scores[ref]) : "✓");
  }

  function live() {
    const students = data.students;
    const refs = planned();
    const groups = students.filter(isGroup);
    const people = students.filter((s) => !isGroup(s));
    const joined = people.filter((s) => s.joined || s.done.length).length;
    const finished = people.filter((s) => s.outcome === "finished").length;
    const stuck = people.filter((s) => s.stuck).length;
    const hands = Math.max(0, ...groups.map((s) => s.hands || 0));
    const projector = view === "projector";
    const order = projector ? [...people].sort((a, b) => (a.joined || "").localeCompare(b.joined || "")) : people;
    const groupRows = groups.map((s) => h("tr", { class: "group", "data-group": "class" },
      h("th", { scope: "row", class: "name" }, t("c_the_class"),
        h("small", {}, " · " + (s.hands ? t("c_hands_n", { n: num(s.hands) }) : t("c_no_hands_yet")))),
      h("td", { class: "progress" }, refs.map((ref) => groupChip(s, ref))),
      projector ? null : h("td", { class: "num" }, num(s.score)),
      h("td", {}, s.outcome === "finished" ? h("span", { class: "st done" }, "✓ " + t("c_done"))
        : h("span", { class: "st playing" }, "▶ " + t("c_class_playing"))),
      projector ? null : h("td", { class: "private" })));
    const rows = order.map((s, i) => h("tr", { "data-student": projector ? null : s.name },
      h("th", { scope: "row", class: "name" }, projector ? t("c_student_n", { n: i + 1 }) : s.name,
        s.offline && !projector ? h("small", {}, " · " + t("c_offline")) : null),
      h("td", { class: "progress" }, refs.map((ref) => {
        const done = ref in s.scores;
        if (projector) // the class sees who is where, not who scored what
          return h("span", { class: done ? "chip passed" : "chip todo", title: stationName(ref) }, done ? "✓" : "·");
        return h("span", { class: done ? "chip " + band(s.scores[ref]) : "chip todo",
          title: stationName(ref) }, done ? num(s.scores[ref]) : "·");
      })),
      projector ? null : h("td", { class: "num" }, num(s.score),
        h("small", { class: "of" }, " / " + num(100 * refs.length))),
      h("td", {}, projector && s.stuck ? h("span", { class: "st playing" }, "▶ " + t("c_playing")) : stateOf(s)),
      projector ? null : h("td", { class: "private" }, accControls(s))));
    const add = h("form", { class: "add no-print", onsubmit: async (e) => {
      e.preventDefault();
      const name = e.target.elements.student.value.trim();
      // a name already listed keeps its accommodations (adding it again used to reset them)
      // folded as the hub folds it (sessions.student_key): case, accents and spaces
      const key = (n) => n.split(/\s+/).filter(Boolean).join(" ").toLowerCase()
        .replace(/œ/g, "oe").replace(/æ/g, "ae").normalize("NFKD").replace(/\p{M}/gu, "");
      const note = e.target.querySelector(".note");
      if (name && students.some((s) => key(s.name) === key(name))) {
        note.textContent = t("c_already_listed", { name });
      } else if (name) {
        note.textContent = "";
        await post("accommodations", { student: name, accommodations: {} }); load();
      }
    } }, h("label", {}, t("c_add_student") + " ", h("input", { name: "student", maxlength: 40 })),
      h("button", { type: "submit" }, t("c_add")), h("span", { class: "note", role: "status" }));
    const solo = projectorSession(); // one screen: no students to count, help or accommodate
    return h("section", { id: "live", class: "live" },
      h("div", { class: "counts" },
        groups.length ? h("p", { class: "count", "data-test": "class-group" },
          h("strong", {}, t("c_the_class")), " · " + (hands ? t("c_hands_n", { n: num(hands) }) : t("c_no_hands_yet"))) : null,
        solo ? null : h("p", { class: "count", "data-test": "joined" }, h("strong", {}, num(joined)), " " + t("c_joined")),
        solo ? null : h("p", { class: "count" }, h("strong", {}, num(finished)), " " + t("c_finished")),
        projector || solo ? null : h("p", { class: "count warn" }, h("strong", {}, num(stuck)), " " + t("c_stuck_n")),
        projector || solo ? null : h("label", { class: "stuck-min no-print" }, t("c_stuck_after") + " ",
          h("input", { type: "number", min: 1, max: 120, step: 1, value: stuckMin, onchange: (e) => {
            stuckMin = Math.min(120, Math.max(1, Number(e.target.value) || 5));
            localStorage.setItem("cap-stuck-min", String(stuckMin)); e.target.blur(); load(); } }))),
      students.length ? h("table", { class: "students" },
        h("thead", {}, h("tr", {}, h("th", {}, solo ? t("c_group") : t("c_student")), h("th", {}, t("c_progress")),
          projector ? null : h("th", { class: "num", "data-test": "score-head",
            title: t("c_score_help", { n: num(refs.length) }) }, t("c_score"),
            h("small", { class: "of" }, t("c_score_of", { max: num(100 * refs.length) }))),
          h("th", {}, t("c_state")),
          projector ? null : h("th", { class: "private" }, solo ? "" : t("c_acc")))),
        h("tbody", {}, groupRows, rows))
        : h("p", { class: "waiting" }, solo ? t("c_waiting_projector", { code }) : t("c_waiting", { code })),
      projector || solo ? null : h("p", { id: "saved", class: "saved", role: "status" }),
      projector || solo ? null : add);
  }

  // -- debrief ---------------------------------------------------------------------------
  function pctBar(pct) {
    if (pct === null) return h("span", {}, "–");
    const fill = h("span", { class: "fill" });
    fill.style.width = `${Math.round(pct)}%`; // CSSOM: the page's CSP allows no style attribute
    return h("span", { class: "bar " + band(pct) }, fill, h("span", { class: "pct" }, num(pct) + " %"));
  }

  function counts(pairs, right) {
    return h("ul", { class: "chosen" }, pairs.map(([text, n]) =>
      h("li", { class: right.includes(text) ? "right" : "" }, right.includes(text) ? "✓ " : "✗ ", text,
        h("span", { class: "n" }, " × " + num(n)))));
  }

  function question(q, withStation) {
    return h("article", { class: "question", "data-item": q.item_id },
      withStation ? h("p", { class: "where" }, stationName(q.world_id + "/" + q.station_id)) : null,
      h("h4", {}, q.prompt),
      h("div", { class: "qline" }, pctBar(q.pct),
        h("span", { class: "n" }, t("c_answers_n", { n: num(q.answered + q.hands.reduce((a, [, n]) => a + n, 0)) }))),
      h("p", {}, h("strong", {}, t("c_right") + " : "), q.right.join(" · ")),
      q.chosen.length ? h("div", {}, h("strong", { class: "chosen-title" }, t("c_chosen")), counts(q.chosen, q.right)) : null,
      q.hands.length ? h("div", {}, h("strong", {}, t("c_hands")), counts(q.hands, q.right)) : null,
      withStation && q.explanation ? h("p", { class: "discuss" }, h("strong", {}, t("c_discuss") + " : "), q.explanation) : null);
  }

  function wordingNote(id) {
    const wording = data.names.wording && data.names.wording[id];
    return wording ? h("small", { class: "wording" }, " · " + t("c_" + wording)) : null;
  }

  function beliefs() {
    if (!data.beliefs.length) return h("p", {}, t("c_no_beliefs"));
    const numeric = data.beliefs.some((b) => Object.values(b.phases).some((p) => p.some(([v]) => /^\d+$/.test(v))));
    return h("div", {}, numeric ? h("p", { class: "scale" }, t("c_scale")) : null,
      projectorSession() ? h("p", { class: "scale" }, t("c_beliefs_hands")) : null,
      data.beliefs.map((b) => {
        // the scale's columns always in its own order, every point shown (a trainer's test
        // read « 2 4 5 1 3 »: the values in the order the class first gave them)
        const given = new Set(["before", "after"].flatMap((p) => (b.phases[p] || []).map(([v]) => v)));
        const values = SCALE_ORDER.filter((v) => given.has(v) || (numeric && /^\d+$/.test(v)))
          .concat([...given].filter((v) => !SCALE_ORDER.includes(v)).sort());
        const of = (phase, v) => ((b.phases[phase] || []).find(([x]) => x === v) || [v, 0])[1];
        return h("table", { class: "beliefs" },
          h("caption", {}, statementName(b.statement), wordingNote(b.statement)),
          h("thead", {}, h("tr", {}, h("th", {}), values.map((v) => h("th", {}, beliefLabel(v))))),
          h("tbody", {}, ["before", "after"].map((phase) => h("tr", {},
            h("th", { scope: "row" }, t("c_" + phase)), values.map((v) => h("td", { class: "num" }, num(of(phase, v))))))));
      }));
  }

  function stationLine(st) {
    // a station the class played on the projector has hands (its tallies) and no students
    const score = num(st.mean || 0);
    if (st.hands) return h("p", { "data-test": "played" }, st.mean === null
      ? t("c_station_class_hands", { n: num(st.hands) }) : t("c_station_class", { n: num(st.hands), score }));
    if (st.students && projectorSession()) return h("p", { "data-test": "played" }, t("c_station_screen", { score }));
    if (st.students) return h("p", { "data-test": "played" }, t("c_station_line", { n: num(st.students), score }));
    return h("p", {}, t("c_not_played"));
  }

  // the printed report's first page: who played, each station in one line (print only)
  function reportHead() {
    const s = data.session;
    const people = data.students.filter((st) => !isGroup(st));
    const joined = people.filter((st) => st.joined || st.done.length).length;
    const finished = people.filter((st) => st.outcome === "finished").length;
    const what = s.world_id ? worldName(s.world_id) : t("c_every_world");
    const right = (st) => {
      const qs = st.questions.filter((q) => q.pct !== null);
      const n = qs.reduce((a, q) => a + q.answered, 0);
      return n ? qs.reduce((a, q) => a + q.pct * q.answered, 0) / n : null;
    };
    return h("div", { class: "print-only report-head", "data-test": "report-head" },
      h("h1", {}, t("c_report") + (s.title ? " · " + s.title : "")),
      h("p", { class: "meta" }, [t("c_code") + " " + s.code, what, t("c_route_" + s.route),
        s.timers ? t("c_timers_on") : t("c_timers_off"),
        t("c_printed", { at: new Date().toLocaleString(lang) })].join(" · ")),
      projectorSession() ? null : h("p", { class: "meta" },
        t("c_report_counts", { joined: num(joined), finished: num(finished) })),
      data.stations.length ? h("table", { class: "summary", "data-test": "summary" },
        h("thead", {}, h("tr", {}, h("th", {}, t("c_station")), h("th", { class: "num" }, t("c_students")),
          h("th", { class: "num" }, t("c_mean")), h("th", { class: "num" }, t("c_pct_right")))),
        h("tbody", {}, data.stations.map((st) => h("tr", {},
          h("th", { scope: "row" }, stationName(st.ref)),
          h("td", { class: "num" }, st.students ? num(st.students) : "–"),
          h("td", { class: "num" }, st.mean === null ? "–" : num(st.mean) + "/100"),
          h("td", { class: "num" }, right(st) === null ? "–" : num(right(st)) + " %"))))) : null);
  }

  // the jobs liked, by job: several stations share one (three « Soudeuse / Soudeur » lines
  // with their own counts read as three jobs); each student counted once per job
  function likedJobs() {
    const counts = new Map();
    for (const st of data.students)
      for (const job of new Set((st.liked || []).map(jobName))) counts.set(job, (counts.get(job) || 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], lang));
  }

  function debrief() {
    const missed = data.most_missed;
    return h("section", { id: "debrief", class: "debrief" },
      reportHead(),
      h("section", { class: "block missed", id: "missed" }, h("h2", {}, t("c_missed")),
        missed.length ? missed.map((q) => question(q, true)) : h("p", {}, t("c_none_missed"))),
      h("section", { class: "block jobs-block" }, h("h2", {}, t("c_jobs")),
        data.jobs.length ? h("ol", { class: "jobs" }, likedJobs().map(([job, n]) =>
          h("li", {}, job, h("span", { class: "n" }, " × " + num(n))))) : h("p", {}, t("c_no_jobs"))),
      h("section", { class: "block beliefs-block" }, h("h2", {}, t("c_beliefs")), beliefs()),
      h("h2", { class: "stations-title" }, t("c_stations")),
      data.stations.length ? data.stations.map((st) => h("section", { class: "station", "data-station": st.ref },
        h("h3", {}, stationName(st.ref), h("small", {}, " · " + worldName(st.world_id))),
        stationLine(st),
        st.students && !st.questions.length ? h("p", { class: "muted" }, t("c_no_questions")) : null,
        st.questions.map((q) => question(q, false)))) : h("p", {}, t("c_no_results")));
  }

  function render() {
    if (!data) return;
    document.body.classList.toggle("projector", view === "projector");
    const focused = document.activeElement && app.contains(document.activeElement) &&
      ["SELECT", "INPUT"].includes(document.activeElement.tagName);
    if (focused) { renderStatus(); return; } // do not pull a menu from under the trainer's hand
    app.replaceChildren(header(), tab === "live" ? live() : debrief());
    document.body.dataset.tab = tab;
    renderStatus();
  }

  window.addEventListener("beforeprint", () => { if (tab !== "debrief") { tab = "debrief"; render(); } });
  load();
  setInterval(load, POLL_MS);
})();
