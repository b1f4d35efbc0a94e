/*
 * The customer-path map editor of facilitator mode. It loads the session's maps from /workshop/path-map, draws the
 * chosen one as lanes (rows) and touchpoints (columns, in the errand's order), and saves every change shortly after it
 * is made (PUT with the version it changed; the server answers 409 with the newer map when another browser saved
 * first). Everything can be done with the keyboard (shortcuts on the page), with the mouse or by touch (SortableJS:
 * drag a column's number to reorder, drag a card up or down to another lane). Undo and redo keep the last 100 changes.
 * A save that fails for the network or the server is retried until it succeeds; nothing is thrown away.
 */
(function () {
    'use strict';

    var MARKS = ['bounce', 'wait', 'repeat', 'moment-of-truth'];
    var MARK_KEYS = { b: 'bounce', w: 'wait', r: 'repeat', m: 'moment-of-truth' };
    var DEBOUNCE = 700;

    function Editor(root) {
        this.root = root;
        this.endpoint = root.dataset.endpoint;
        this.session = root.dataset.session;
        this.t = JSON.parse(root.dataset.texts);
        this.maps = [];
        this.map = null;
        this.undo = [];
        this.redo = [];
        this.changes = 0;
        this.savedChanges = 0;
        this.timer = null;
        this.inFlight = false;
        this.retryDelay = 1000;
        this.committing = null;
        this.retrying = false;
        this.counter = Date.now() % 100000;
        this.el = function (id) { return root.querySelector('#' + id); };
        this.bind();
        this.load();
    }

    Editor.prototype.bind = function () {
        var self = this;
        this.el('pm-undo').addEventListener('click', function () { self.step(self.undo, self.redo); });
        this.el('pm-redo').addEventListener('click', function () { self.step(self.redo, self.undo); });
        this.el('pm-fullscreen').addEventListener('click', function () { self.fullscreen(); });
        this.el('pm-new').addEventListener('click', function () { self.create(); });
        this.el('pm-new-name').addEventListener('keydown', function (e) {
            if (e.key === 'Enter') { e.preventDefault(); self.create(); }
        });
        document.addEventListener('fullscreenchange', function () {
            self.el('pm-fullscreen').textContent =
                document.fullscreenElement === self.root ? self.t.exitFullscreen : self.t.fullscreen;
        });
        this.root.addEventListener('keydown', function (e) { self.key(e); });
        window.addEventListener('beforeunload', function (e) {
            if (self.unsaved()) { e.preventDefault(); e.returnValue = ''; }
        });
    };

    // ---- loading, creating, saving ------------------------------------------------------------------------------

    Editor.prototype.request = function (method, query, body) {
        var options = { method: method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
        if (body !== undefined) {
            options.headers['Content-Type'] = 'application/json';
            options.body = JSON.stringify(body);
        }
        return fetch(this.endpoint + '?' + query, options).then(function (response) {
            return response.text().then(function (text) {
                var json = null;
                try { json = text ? JSON.parse(text) : null; } catch (ignored) { json = null; }
                return { status: response.status, body: json };
            });
        });
    };

    Editor.prototype.load = function () {
        var self = this;
        this.request('GET', 'session=' + encodeURIComponent(this.session)).then(function (answer) {
            if (answer.status !== 200) { self.alert(self.t.notSaved + ' ' + (answer.body && answer.body.detail)); return; }
            self.maps = answer.body.maps;
            self.map = self.maps.length ? self.maps[0] : null;
            self.proposeName();
            self.render();
            self.status(self.map ? self.t.saved : '');
        }, function () {
            self.status(self.t.retrying);
            setTimeout(function () { self.load(); }, 2000);
        });
    };

    Editor.prototype.proposeName = function () {
        this.el('pm-new-name').value = this.maps.length === 0 ? this.t.defaultToday
            : this.maps.length === 1 ? this.t.defaultWanted : '';
    };

    Editor.prototype.create = function () {
        var self = this;
        var name = this.el('pm-new-name').value;
        this.flush().then(function () {
            return self.request('POST', 'session=' + encodeURIComponent(self.session), { name: name });
        }).then(function (answer) {
            if (answer.status !== 201) { self.problem(answer); return; }
            self.maps.push(answer.body);
            self.choose(answer.body.id);
            self.proposeName();
            self.alert('');
        }, function () { self.alert(self.t.retrying); });
    };

    Editor.prototype.choose = function (id) {
        var self = this;
        this.flush().then(function () {
            self.map = self.maps.filter(function (m) { return m.id === id; })[0] || null;
            self.undo = [];
            self.redo = [];
            self.render();
        });
    };

    Editor.prototype.unsaved = function () { return this.changes !== this.savedChanges; };

    /** Saves now if anything is unsaved; resolves once everything is saved (or saving failed for the input). */
    Editor.prototype.flush = function () {
        if (!this.unsaved() || !this.map) { return Promise.resolve(); }
        clearTimeout(this.timer);
        return this.save();
    };

    Editor.prototype.changed = function () {
        var self = this;
        this.changes++;
        if (this.retrying) {
            // A retry is already waiting: it sends the map as it is then, this change included.
            return;
        }
        this.status(this.t.saving);
        clearTimeout(this.timer);
        this.timer = setTimeout(function () { self.save(); }, DEBOUNCE);
    };

    Editor.prototype.save = function () {
        var self = this;
        if (this.inFlight) { return this.inFlight; }
        if (!this.unsaved() || !this.map) {
            this.status(this.t.saved);
            return Promise.resolve();
        }
        var map = this.map;
        var sending = this.changes;
        var body = { version: map.version, name: map.name, lanes: map.lanes, touchpoints: map.touchpoints };
        this.status(this.t.saving);
        this.inFlight = this.request('PUT', 'map=' + map.id, body).then(function (answer) {
            self.inFlight = false;
            if (answer.status === 200) {
                self.retryDelay = 1000;
                map.version = answer.body.version;
                map.commitments = answer.body.commitments;
                if (sending > self.savedChanges) { self.savedChanges = sending; }
                if (self.unsaved()) { return self.save(); }
                self.status(self.t.saved);
                self.alert('');
                return undefined;
            }
            if (answer.status === 409 && answer.body && answer.body.current) {
                self.replace(answer.body.current);
                self.savedChanges = self.changes;
                self.status(self.t.saved);
                self.alert(answer.body.detail);
                return undefined;
            }
            if (answer.status >= 500 || answer.status === 0) { return self.retry(); }
            self.problem(answer);
            self.savedChanges = self.changes;
            self.status(self.t.notSaved);
            return undefined;
        }, function () {
            self.inFlight = false;
            return self.retry();
        });
        return this.inFlight;
    };

    Editor.prototype.retry = function () {
        var self = this;
        this.status(this.t.retrying);
        var delay = this.retryDelay;
        this.retryDelay = Math.min(this.retryDelay * 2, 15000);
        this.retrying = true;
        return new Promise(function (resolve) {
            setTimeout(function () {
                self.retrying = false;
                resolve(self.save());
            }, delay);
        });
    };

    Editor.prototype.replace = function (current) {
        for (var i = 0; i < this.maps.length; i++) {
            if (this.maps[i].id === current.id) { this.maps[i] = current; }
        }
        this.map = current;
        this.render();
    };

    Editor.prototype.problem = function (answer) {
        var body = answer.body || {};
        var errors = body.errors || [];
        this.alert(this.t.notSaved + ' ' + (errors.length ? errors[0].message : body.detail || answer.status));
    };

    Editor.prototype.status = function (text) { this.el('pm-status').textContent = text; };

    Editor.prototype.alert = function (text) { this.el('pm-alert').textContent = text || ''; };

    // ---- changes and history ------------------------------------------------------------------------------------

    Editor.prototype.snapshot = function () {
        return JSON.stringify({ name: this.map.name, lanes: this.map.lanes, touchpoints: this.map.touchpoints });
    };

    /** Records the map as it is for undo, then applies the change, redraws and schedules the save. */
    Editor.prototype.apply = function (change, focus) {
        this.undo.push(this.snapshot());
        if (this.undo.length > 100) { this.undo.shift(); }
        this.redo = [];
        change.call(this, this.map);
        this.render(focus);
        this.changed();
    };

    Editor.prototype.step = function (from, to) {
        if (!from.length || !this.map) { return; }
        to.push(this.snapshot());
        var state = JSON.parse(from.pop());
        this.map.name = state.name;
        this.map.lanes = state.lanes;
        this.map.touchpoints = state.touchpoints;
        this.render();
        this.changed();
    };

    Editor.prototype.newId = function (prefix) {
        this.counter++;
        return prefix + this.counter.toString(36) + Math.random().toString(36).slice(2, 6);
    };

    Editor.prototype.index = function (id) {
        var points = this.map.touchpoints;
        for (var i = 0; i < points.length; i++) { if (points[i].id === id) { return i; } }
        return -1;
    };

    Editor.prototype.laneIndex = function (id) {
        var lanes = this.map.lanes;
        for (var i = 0; i < lanes.length; i++) { if (lanes[i].id === id) { return i; } }
        return -1;
    };

    Editor.prototype.addTouchpoint = function (afterId) {
        var id = this.newId('t');
        var self = this;
        this.apply(function (map) {
            var at = afterId ? self.index(afterId) : map.touchpoints.length - 1;
            var lane = at >= 0 ? map.touchpoints[at].lane : map.lanes[0].id;
            map.touchpoints.splice(at + 1, 0, { id: id, lane: lane, text: '', marks: [], emotion: 0 });
        }, 'text:' + id);
    };

    Editor.prototype.move = function (id, by) {
        var self = this;
        var i = this.index(id);
        var j = i + by;
        if (i < 0 || j < 0 || j >= this.map.touchpoints.length) { return; }
        this.apply(function (map) {
            var point = map.touchpoints.splice(i, 1)[0];
            map.touchpoints.splice(j, 0, point);
        }, 'card:' + id);
        self.announce(id);
    };

    Editor.prototype.moveTo = function (from, to) {
        if (from === to) { this.render(); return; }
        var id = this.map.touchpoints[from].id;
        this.apply(function (map) {
            var point = map.touchpoints.splice(from, 1)[0];
            map.touchpoints.splice(to, 0, point);
        }, 'card:' + id);
    };

    Editor.prototype.shiftLane = function (id, by) {
        var point = this.map.touchpoints[this.index(id)];
        var lane = this.laneIndex(point.lane) + by;
        if (lane < 0 || lane >= this.map.lanes.length) { return; }
        this.setLane(id, this.map.lanes[lane].id);
    };

    Editor.prototype.setLane = function (id, laneId) {
        var self = this;
        this.apply(function (map) { map.touchpoints[self.index(id)].lane = laneId; }, 'card:' + id);
        this.announce(id);
    };

    Editor.prototype.announce = function (id) {
        var point = this.map.touchpoints[this.index(id)];
        if (!point) { return; }
        this.status((this.index(id) + 1) + ' · ' + this.map.lanes[this.laneIndex(point.lane)].name);
    };

    Editor.prototype.toggle = function (id, mark) {
        var self = this;
        this.apply(function (map) {
            var point = map.touchpoints[self.index(id)];
            var at = point.marks.indexOf(mark);
            if (at >= 0) { point.marks.splice(at, 1); } else { point.marks.push(mark); }
        }, 'mark:' + id + ':' + mark);
    };

    Editor.prototype.feel = function (id, value) {
        var self = this;
        value = Math.max(-2, Math.min(2, value));
        this.apply(function (map) { map.touchpoints[self.index(id)].emotion = value; }, 'feel:' + id);
    };

    Editor.prototype.remove = function (id) {
        var self = this;
        var i = this.index(id);
        var next = this.map.touchpoints[i + 1] || this.map.touchpoints[i - 1];
        this.apply(function (map) { map.touchpoints.splice(self.index(id), 1); }, next ? 'card:' + next.id : 'add');
    };

    Editor.prototype.addLane = function () {
        var id = this.newId('l');
        var name = this.t.newLane + ' ' + (this.map.lanes.length + 1);
        this.apply(function (map) { map.lanes.push({ id: id, name: name }); }, 'lane:' + id);
    };

    Editor.prototype.moveLane = function (id, by) {
        var i = this.laneIndex(id);
        var j = i + by;
        if (j < 0 || j >= this.map.lanes.length) { return; }
        this.apply(function (map) {
            var lane = map.lanes.splice(i, 1)[0];
            map.lanes.splice(j, 0, lane);
        }, 'lane-' + (by < 0 ? 'up' : 'down') + ':' + id);
    };

    Editor.prototype.removeLane = function (id) {
        if (this.map.lanes.length < 2) { return; }
        var self = this;
        this.apply(function (map) {
            var i = self.laneIndex(id);
            map.lanes.splice(i, 1);
            var fallback = map.lanes[Math.max(0, i - 1)].id;
            map.touchpoints.forEach(function (p) { if (p.lane === id) { p.lane = fallback; } });
        }, 'add-lane');
    };

    // ---- commitments --------------------------------------------------------------------------------------------

    Editor.prototype.commit = function (id, what, factor) {
        var self = this;
        this.flush().then(function () {
            return self.request('POST', 'map=' + self.map.id + '&commit=' + encodeURIComponent(id),
                { what: what, factor: factor });
        }).then(function (answer) {
            if (answer.status !== 200) { self.problem(answer); return; }
            self.committing = null;
            self.replace(answer.body);
            self.status(self.t.committed);
            self.alert('');
            self.focus('card:' + id);
        }, function () { self.alert(self.t.retrying); });
    };

    // ---- keyboard -----------------------------------------------------------------------------------------------

    Editor.prototype.key = function (e) {
        var target = e.target;
        var typing = target.matches('input, textarea, select');
        if ((e.ctrlKey || e.metaKey) && !typing) {
            var k = e.key.toLowerCase();
            if (k === 'z' && !e.shiftKey) { e.preventDefault(); this.step(this.undo, this.redo); return; }
            if (k === 'y' || (k === 'z' && e.shiftKey)) { e.preventDefault(); this.step(this.redo, this.undo); return; }
        }
        if (target.classList.contains('pm-text') && e.key === 'Escape') {
            e.preventDefault();
            this.focus('card:' + target.closest('.pm-card').dataset.id);
            return;
        }
        if (!typing && e.key === 'f' && !e.ctrlKey && !e.altKey && !e.metaKey) {
            e.preventDefault();
            this.fullscreen();
            return;
        }
        if (!target.classList.contains('pm-card') || e.ctrlKey || e.altKey || e.metaKey) { return; }
        var id = target.dataset.id;
        var i = this.index(id);
        var handled = true;
        var key = e.key;
        if (key === 'Enter') {
            this.focus('text:' + id);
        } else if (key === 'ArrowLeft' && e.shiftKey) {
            this.move(id, -1);
        } else if (key === 'ArrowRight' && e.shiftKey) {
            this.move(id, 1);
        } else if (key === 'ArrowUp' && e.shiftKey) {
            this.shiftLane(id, -1);
        } else if (key === 'ArrowDown' && e.shiftKey) {
            this.shiftLane(id, 1);
        } else if (key === 'ArrowLeft' && i > 0) {
            this.focus('card:' + this.map.touchpoints[i - 1].id);
        } else if (key === 'ArrowRight' && i < this.map.touchpoints.length - 1) {
            this.focus('card:' + this.map.touchpoints[i + 1].id);
        } else if (MARK_KEYS[key.toLowerCase()]) {
            this.toggle(id, MARK_KEYS[key.toLowerCase()]);
            this.focus('card:' + id);
        } else if (key === '+' || key === '=') {
            this.feel(id, this.map.touchpoints[i].emotion + 1);
            this.focus('card:' + id);
        } else if (key === '-') {
            this.feel(id, this.map.touchpoints[i].emotion - 1);
            this.focus('card:' + id);
        } else if (key.toLowerCase() === 'n') {
            this.addTouchpoint(id);
        } else if (key === 'Delete') {
            this.remove(id);
        } else if (key.toLowerCase() === 'c') {
            this.openCommit(id);
        } else {
            handled = false;
        }
        if (handled) { e.preventDefault(); }
    };

    Editor.prototype.openCommit = function (id) {
        var point = this.map.touchpoints[this.index(id)];
        if (point.commitmentId || (point.marks.indexOf('bounce') < 0 && point.marks.indexOf('wait') < 0)) { return; }
        this.committing = id;
        this.render('commit-what:' + id);
    };

    Editor.prototype.fullscreen = function () {
        if (document.fullscreenElement) {
            document.exitFullscreen();
        } else if (this.root.requestFullscreen) {
            this.root.requestFullscreen();
        }
    };

    // ---- drawing ------------------------------------------------------------------------------------------------

    function make(tag, attributes, text) {
        var element = document.createElement(tag);
        Object.keys(attributes || {}).forEach(function (name) {
            if (attributes[name] !== null && attributes[name] !== undefined && attributes[name] !== false) {
                element.setAttribute(name, attributes[name]);
            }
        });
        if (text !== undefined) { element.textContent = text; }
        return element;
    }

    function button(label, focusKey, action, extra) {
        var b = make('button', Object.assign({ type: 'button', 'data-focus': focusKey }, extra || {}), label);
        b.addEventListener('click', action);
        return b;
    }

    Editor.prototype.focus = function (key) {
        var element = this.root.querySelector('[data-focus="' + key + '"]');
        if (element) { element.focus(); }
    };

    Editor.prototype.render = function (focusKey) {
        var active = document.activeElement;
        var keep = focusKey || (active && this.root.contains(active) ? active.getAttribute('data-focus') : null);
        this.renderTabs();
        var editor = this.el('pm-editor');
        editor.textContent = '';
        this.el('pm-undo').disabled = !this.undo.length;
        this.el('pm-redo').disabled = !this.redo.length;
        if (!this.map) { return; }
        editor.appendChild(this.renderName());
        editor.appendChild(this.renderLanes());
        editor.appendChild(this.renderBoard());
        if (keep) { this.focus(keep); }
    };

    Editor.prototype.renderTabs = function () {
        var self = this;
        var tabs = this.el('pm-maps');
        tabs.textContent = '';
        this.maps.forEach(function (m) {
            tabs.appendChild(button(m.name, 'map:' + m.id, function () { self.choose(m.id); }, {
                class: 'button-secondary pm-map-choice',
                'aria-pressed': self.map && self.map.id === m.id ? 'true' : 'false'
            }));
        });
    };

    Editor.prototype.renderName = function () {
        var self = this;
        var wrap = make('div', { class: 'field pm-name-field' });
        wrap.appendChild(make('label', { for: 'pm-name' }, this.t.mapName));
        var input = make('input', { type: 'text', id: 'pm-name', maxlength: '80', 'data-focus': 'name' });
        input.value = this.map.name;
        var before = null;
        input.addEventListener('focus', function () { before = self.snapshot(); });
        input.addEventListener('input', function () {
            if (before) { self.undo.push(before); self.redo = []; before = null; }
            self.map.name = input.value;
            self.renderTabs();
            self.changed();
        });
        wrap.appendChild(input);
        return wrap;
    };

    Editor.prototype.renderLanes = function () {
        var self = this;
        var t = this.t;
        var box = make('fieldset', { class: 'pm-lanes' });
        box.appendChild(make('legend', {}, t.lanes));
        var list = make('ol', { class: 'pm-lane-list' });
        this.map.lanes.forEach(function (lane, i) {
            var item = make('li');
            var input = make('input', {
                type: 'text', maxlength: '60', 'aria-label': t.laneName + ' ' + (i + 1), 'data-focus': 'lane:' + lane.id,
                class: 'pm-lane-name'
            });
            input.value = lane.name;
            var before = null;
            input.addEventListener('focus', function () { before = self.snapshot(); });
            input.addEventListener('input', function () {
                if (before) { self.undo.push(before); self.redo = []; before = null; }
                lane.name = input.value;
                self.changed();
            });
            input.addEventListener('change', function () { self.render(); });
            item.appendChild(input);
            item.appendChild(button('▲', 'lane-up:' + lane.id, function () { self.moveLane(lane.id, -1); },
                { class: 'pm-icon', 'aria-label': t.moveUp + ': ' + lane.name, disabled: i === 0 ? 'disabled' : null }));
            item.appendChild(button('▼', 'lane-down:' + lane.id, function () { self.moveLane(lane.id, 1); }, {
                class: 'pm-icon', 'aria-label': t.moveDown + ': ' + lane.name,
                disabled: i === self.map.lanes.length - 1 ? 'disabled' : null
            }));
            item.appendChild(button('✕', 'lane-delete:' + lane.id, function () { self.removeLane(lane.id); }, {
                class: 'pm-icon', 'aria-label': t.delete + ': ' + lane.name,
                disabled: self.map.lanes.length < 2 ? 'disabled' : null
            }));
            list.appendChild(item);
        });
        box.appendChild(list);
        box.appendChild(button(t.addLane, 'add-lane', function () { self.addLane(); },
            { class: 'button-secondary', id: 'pm-add-lane' }));
        return box;
    };

    Editor.prototype.renderBoard = function () {
        var self = this;
        var t = this.t;
        var board = make('div', { class: 'pm-board' });
        var labels = make('div', { class: 'pm-lane-labels', 'aria-hidden': 'true' });
        labels.appendChild(make('div', { class: 'pm-head-spacer' }));
        this.map.lanes.forEach(function (lane) { labels.appendChild(make('div', { class: 'pm-lane-label' }, lane.name)); });
        board.appendChild(labels);
        var columns = make('ol', { class: 'pm-columns', 'aria-label': t.title });
        this.map.touchpoints.forEach(function (point, i) {
            var column = make('li', { class: 'pm-column', 'data-id': point.id });
            var head = make('div', { class: 'pm-column-head' });
            head.appendChild(make('span', { class: 'pm-handle', title: t.earlier + ' / ' + t.later }, String(i + 1)));
            if (i > 0 && self.map.touchpoints[i - 1].lane !== point.lane) {
                column.classList.add('pm-handoff');
                head.appendChild(make('span', { class: 'pm-handoff-note' }, '↪ ' + t.handOff));
            }
            column.appendChild(head);
            self.map.lanes.forEach(function (lane) {
                var slot = make('div', { class: 'pm-slot', 'data-lane': lane.id });
                if (point.lane === lane.id) { slot.appendChild(self.renderCard(point, i)); }
                column.appendChild(slot);
                if (window.Sortable) {
                    window.Sortable.create(slot, {
                        group: 'column-' + point.id,
                        animation: 150,
                        filter: 'textarea, input, select, button',
                        preventOnFilter: false,
                        onAdd: function () { self.setLane(point.id, lane.id); }
                    });
                }
            });
            columns.appendChild(column);
        });
        board.appendChild(columns);
        if (window.Sortable) {
            window.Sortable.create(columns, {
                handle: '.pm-handle',
                direction: 'horizontal',
                animation: 150,
                onEnd: function (e) { self.moveTo(e.oldIndex, e.newIndex); }
            });
        }
        var add = make('div', { class: 'pm-add' });
        add.appendChild(button(t.addTouchpoint, 'add', function () { self.addTouchpoint(null); },
            { class: 'button-primary', id: 'pm-add' }));
        if (!this.map.touchpoints.length) { add.appendChild(make('p', { class: 'empty-state' }, t.noTouchpoints)); }
        board.appendChild(add);
        return board;
    };

    Editor.prototype.renderCard = function (point, i) {
        var self = this;
        var t = this.t;
        var lane = this.map.lanes[this.laneIndex(point.lane)];
        var card = make('div', {
            class: 'pm-card' + (point.marks.indexOf('bounce') >= 0 ? ' pm-bounce' : ''),
            tabindex: '0',
            role: 'group',
            'data-id': point.id,
            'data-focus': 'card:' + point.id,
            'aria-label': (i + 1) + '. ' + (point.text || '…') + ' – ' + lane.name
        });
        var textId = 'pm-text-' + point.id;
        card.appendChild(make('label', { for: textId, class: 'visually-hidden' }, t.touchpointText + ' ' + (i + 1)));
        var text = make('textarea', {
            id: textId, class: 'pm-text', rows: '3', maxlength: '200', 'data-focus': 'text:' + point.id,
            placeholder: t.touchpointText
        });
        text.value = point.text;
        var before = null;
        text.addEventListener('focus', function () { before = self.snapshot(); });
        text.addEventListener('input', function () {
            if (before) { self.undo.push(before); self.redo = []; before = null; self.el('pm-undo').disabled = false; }
            point.text = text.value;
            self.changed();
        });
        card.appendChild(text);
        var marks = make('div', { class: 'pm-marks', role: 'group', 'aria-label': t['col.marks'] });
        MARKS.forEach(function (mark) {
            var on = point.marks.indexOf(mark) >= 0;
            marks.appendChild(button(t['mark.' + mark], 'mark:' + point.id + ':' + mark,
                function () { self.toggle(point.id, mark); },
                { class: 'pm-mark pm-mark-' + mark, 'aria-pressed': on ? 'true' : 'false' }));
        });
        card.appendChild(marks);
        var feelId = 'pm-feel-' + point.id;
        var feel = make('div', { class: 'pm-feel' });
        feel.appendChild(make('label', { for: feelId }, t.emotion));
        var select = make('select', { id: feelId, 'data-focus': 'feel:' + point.id });
        [2, 1, 0, -1, -2].forEach(function (v) {
            var option = make('option', { value: String(v) },
                t['feel.' + (v < 0 ? 'm' + -v : v > 0 ? 'p' + v : '0')]);
            if (v === point.emotion) { option.selected = true; }
            select.appendChild(option);
        });
        select.addEventListener('change', function () { self.feel(point.id, parseInt(select.value, 10)); });
        feel.appendChild(select);
        card.appendChild(feel);
        var moves = make('div', { class: 'pm-moves' });
        var last = this.map.touchpoints.length - 1;
        var laneAt = this.laneIndex(point.lane);
        moves.appendChild(button('◀', 'left:' + point.id, function () { self.move(point.id, -1); },
            { class: 'pm-icon', 'aria-label': t.earlier, disabled: i === 0 ? 'disabled' : null }));
        moves.appendChild(button('▶', 'right:' + point.id, function () { self.move(point.id, 1); },
            { class: 'pm-icon', 'aria-label': t.later, disabled: i === last ? 'disabled' : null }));
        moves.appendChild(button('▲', 'up:' + point.id, function () { self.shiftLane(point.id, -1); },
            { class: 'pm-icon', 'aria-label': t.moveUp, disabled: laneAt === 0 ? 'disabled' : null }));
        moves.appendChild(button('▼', 'down:' + point.id, function () { self.shiftLane(point.id, 1); }, {
            class: 'pm-icon', 'aria-label': t.moveDown,
            disabled: laneAt === this.map.lanes.length - 1 ? 'disabled' : null
        }));
        moves.appendChild(button('✕', 'delete:' + point.id, function () { self.remove(point.id); },
            { class: 'pm-icon', 'aria-label': t.delete }));
        card.appendChild(moves);
        if (point.commitmentId) {
            var what = (this.map.commitments || {})[String(point.commitmentId)] || '';
            card.appendChild(make('p', { class: 'pm-committed' }, '✓ ' + t.committed + (what ? ': ' + what : '')));
        } else if (point.marks.indexOf('bounce') >= 0 || point.marks.indexOf('wait') >= 0) {
            if (this.committing === point.id) {
                card.appendChild(this.renderCommitForm(point));
            } else {
                card.appendChild(button(t.commit, 'commit:' + point.id, function () { self.openCommit(point.id); },
                    { class: 'button-secondary pm-commit' }));
            }
        }
        return card;
    };

    Editor.prototype.renderCommitForm = function (point) {
        var self = this;
        var t = this.t;
        var box = make('div', { class: 'pm-commit-form' });
        var whatId = 'pm-commit-what-' + point.id;
        box.appendChild(make('label', { for: whatId }, t.commitWhat));
        var what = make('textarea', { id: whatId, rows: '2', maxlength: '500', 'data-focus': 'commit-what:' + point.id });
        box.appendChild(what);
        var factorId = 'pm-commit-factor-' + point.id;
        box.appendChild(make('label', { for: factorId }, t.commitFactor));
        var factor = make('select', { id: factorId });
        var chosen = point.marks.indexOf('bounce') >= 0 ? 'processes' : 'communication';
        t.factors.forEach(function (f) {
            var option = make('option', { value: f.id }, f.name);
            if (f.id === chosen) { option.selected = true; }
            factor.appendChild(option);
        });
        box.appendChild(factor);
        box.appendChild(button(t.commitSave, 'commit-save:' + point.id,
            function () { self.commit(point.id, what.value, factor.value); }, { class: 'button-primary' }));
        box.appendChild(button(t.commitCancel, 'commit-cancel:' + point.id, function () {
            self.committing = null;
            self.render('card:' + point.id);
        }, { class: 'button-secondary' }));
        return box;
    };

    function start() {
        var root = document.getElementById('path-map');
        if (root && !root.dataset.ready) {
            root.dataset.ready = 'true';
            new Editor(root);
        }
    }

    start();
    new MutationObserver(start).observe(document.body, { childList: true, subtree: true });
}());
