// ipgraph console: htmx wiring (CSRF header, problem details, progress) and Cytoscape.js graphs.
(function () {
	'use strict';

	var KIND_COLORS = {
		Organization: '#d64545', Patent: '#3a78c9', Technology: '#d9a21b', Person: '#3c9a5f',
		Standard: '#8a63b8', Missing: '#f0a0a0', Outside: '#a8c4ea', LitigationCase: '#6b4f2a', Demand: '#4b8f8c'
	};

	function meta(name) {
		var el = document.querySelector('meta[name="' + name + '"]');
		return el ? el.getAttribute('content') : null;
	}

	// Every htmx request that writes carries the CSRF token, as forms do.
	document.addEventListener('htmx:configRequest', function (evt) {
		var header = meta('csrf-header');
		var token = meta('csrf-token');
		if (header && token && evt.detail.verb !== 'get') {
			evt.detail.headers[header] = token;
		}
	});

	// A new request clears the last problem shown.
	document.addEventListener('htmx:beforeRequest', function () {
		var problem = document.getElementById('problem');
		if (problem) {
			problem.innerHTML = '';
		}
	});

	// Problem details sent as JSON (rate limits, errors outside the console's pages) are shown like the others.
	document.addEventListener('htmx:beforeSwap', function (evt) {
		var xhr = evt.detail.xhr;
		var type = xhr.getResponseHeader('Content-Type') || '';
		if (type.indexOf('application/problem+json') === 0 || (xhr.status >= 400 && type.indexOf('application/json') === 0)) {
			evt.detail.shouldSwap = false;
			var body = {};
			try { body = JSON.parse(xhr.responseText); } catch (e) { body = {}; }
			showProblem(body.title || ('Error ' + xhr.status), xhr.status, body.detail || xhr.statusText);
		}
	});

	// The server did not answer at all.
	document.addEventListener('htmx:sendError', function () {
		showProblem('No answer', 0, 'The server could not be reached. Check that ipgraph is running and retry.');
	});

	function showProblem(title, status, detail) {
		var region = document.getElementById('problem');
		if (!region) {
			return;
		}
		var box = document.createElement('div');
		box.className = 'problem';
		box.setAttribute('role', 'alert');
		var h = document.createElement('h2');
		h.textContent = title + (status ? ' (' + status + ')' : '');
		var p = document.createElement('p');
		p.textContent = detail;
		box.appendChild(h);
		box.appendChild(p);
		region.innerHTML = '';
		region.appendChild(box);
	}

	// Copy buttons: data-copy names the input to copy.
	document.addEventListener('click', function (evt) {
		var button = evt.target.closest('[data-copy]');
		if (!button) {
			return;
		}
		var input = document.querySelector(button.getAttribute('data-copy'));
		if (!input) {
			return;
		}
		input.select();
		var done = function () { button.textContent = 'Copied'; };
		if (navigator.clipboard && window.isSecureContext) {
			navigator.clipboard.writeText(input.value).then(done);
		}
		else {
			document.execCommand('copy');
			done();
		}
	});

	function draw(container) {
		if (container.dataset.drawn || !window.cytoscape) {
			return;
		}
		// A graph in a closed <details> is drawn when it opens (it has no size before).
		var closed = container.closest('details:not([open])');
		if (closed) {
			closed.addEventListener('toggle', function () { draw(container); }, { once: true });
			return;
		}
		container.dataset.drawn = 'true';
		var elements = JSON.parse(container.dataset.graph);
		var nodes = elements.filter(function (e) { return !e.data.source; }).length;
		var cy = window.cytoscape({
			container: container,
			elements: elements,
			wheelSensitivity: 0.3,
			style: [
				{ selector: 'node', style: {
					'label': 'data(label)', 'font-size': 10, 'text-wrap': 'ellipsis', 'text-max-width': 120,
					'text-valign': 'bottom', 'text-margin-y': 3, 'width': 18, 'height': 18,
					'background-color': function (n) { return KIND_COLORS[n.data('kind')] || '#8a63b8'; } } },
				{ selector: 'node[href]', style: { 'border-width': 2, 'border-color': '#18253d' } },
				{ selector: 'edge', style: {
					'label': 'data(label)', 'font-size': 8, 'color': '#5b6472', 'curve-style': 'bezier',
					'target-arrow-shape': 'triangle', 'width': 1.5, 'line-color': '#aab3c0', 'target-arrow-color': '#aab3c0',
					'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.8 } }
			],
			layout: container.dataset.layout === 'paths' && nodes <= 40
				? { name: 'breadthfirst', directed: false, spacingFactor: 1.1, animate: false }
				: container.dataset.layout === 'star'
					? { name: 'concentric', animate: false, minNodeSpacing: 30,
						concentric: function (n) { return n.degree(); }, levelWidth: function () { return 2; } }
					: { name: 'cose', animate: false, nodeRepulsion: 9000, idealEdgeLength: 70 }
		});
		cy.on('tap', 'node[href]', function (evt) {
			window.location.href = evt.target.data('href');
		});
	}

	function drawAll(root) {
		(root || document).querySelectorAll('[data-graph]').forEach(draw);
	}

	// Graphs in the page and in every fragment htmx puts in it.
	if (window.htmx) {
		window.htmx.onLoad(function (elt) { drawAll(elt); });
	}

	document.addEventListener('DOMContentLoaded', function () {
		if (!window.htmx) {
			drawAll(document);
		}
		// A narrow screen starts with the menu folded.
		if (window.matchMedia('(max-width: 62rem)').matches) {
			var menu = document.querySelector('.menu details');
			if (menu) {
				menu.removeAttribute('open');
			}
		}
		var mark = document.getElementById('span');
		if (mark) {
			mark.scrollIntoView({ block: 'center' });
		}
	});
}());
