// 区分处理: draw the regions to withhold on the page pictures; each rectangle becomes a line
// "页码,x,y,宽,高" (PDF points from the top-left corner) in the regions field, and the field's lines
// are shown as dark boxes on the pages.
(function () {
  'use strict';
  var field = document.getElementById('regions');
  if (!field) {
    return;
  }
  var pages = Array.prototype.slice.call(document.querySelectorAll('.page-pick'));

  function scale(pick) {
    var img = pick.querySelector('img');
    return parseFloat(pick.dataset.width) / (img.clientWidth || 1);
  }

  function parse() {
    return field.value.split(/\r?\n/).map(function (line) {
      var v = line.replace(/，/g, ',').trim().split(/\s*,\s*|\s+/).map(Number);
      return v.length === 5 && v.every(isFinite) ? v : null;
    }).filter(Boolean);
  }

  function redraw() {
    var regions = parse();
    pages.forEach(function (pick) {
      pick.querySelectorAll('.mark:not(.drawing)').forEach(function (m) { m.remove(); });
      var page = Number(pick.dataset.page);
      var s = scale(pick);
      regions.filter(function (r) { return r[0] === page; }).forEach(function (r) {
        var m = document.createElement('div');
        m.className = 'mark';
        m.style.left = (r[1] / s) + 'px';
        m.style.top = (r[2] / s) + 'px';
        m.style.width = (r[3] / s) + 'px';
        m.style.height = (r[4] / s) + 'px';
        pick.appendChild(m);
      });
    });
  }

  function round(x) {
    return Math.round(x * 10) / 10;
  }

  pages.forEach(function (pick) {
    var start = null;
    var box = null;
    function point(e) {
      var rect = pick.getBoundingClientRect();
      return { x: Math.max(0, Math.min(rect.width, e.clientX - rect.left)), y: Math.max(0, Math.min(rect.height, e.clientY - rect.top)) };
    }
    pick.addEventListener('mousedown', function (e) {
      e.preventDefault();
      start = point(e);
      box = document.createElement('div');
      box.className = 'mark drawing';
      pick.appendChild(box);
    });
    pick.addEventListener('mousemove', function (e) {
      if (!start) {
        return;
      }
      var p = point(e);
      box.style.left = Math.min(start.x, p.x) + 'px';
      box.style.top = Math.min(start.y, p.y) + 'px';
      box.style.width = Math.abs(p.x - start.x) + 'px';
      box.style.height = Math.abs(p.y - start.y) + 'px';
    });
    function finish(e) {
      if (!start) {
        return;
      }
      var p = point(e);
      var s = scale(pick);
      var w = Math.abs(p.x - start.x) * s;
      var h = Math.abs(p.y - start.y) * s;
      if (w >= 2 && h >= 2) {
        var line = [pick.dataset.page, round(Math.min(start.x, p.x) * s), round(Math.min(start.y, p.y) * s), round(w), round(h)].join(',');
        field.value = field.value.replace(/\s*$/, '') + (field.value.trim() ? '\n' : '') + line;
      }
      box.remove();
      start = null;
      redraw();
    }
    pick.addEventListener('mouseup', finish);
    pick.addEventListener('mouseleave', finish);
    var img = pick.querySelector('img');
    if (img.complete) {
      redraw();
    } else {
      img.addEventListener('load', redraw);
    }
  });
  field.addEventListener('input', redraw);
  window.addEventListener('resize', redraw);
  redraw();
})();
