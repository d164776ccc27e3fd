// office: draws each dashboard chart from the data table beneath it, so chart and table
// never disagree and the page works (as tables) without JavaScript.
(function () {
  'use strict';
  if (typeof echarts === 'undefined') {
    return;
  }
  var DROPPED = { '合计': true, '评分份数': true, '离群次数': true, '平均偏离（正为偏高）': true };

  function number(cell) {
    var raw = cell.getAttribute('data-value');
    return raw === null || raw === '' ? null : Number(raw);
  }

  function read(table) {
    var headers = Array.prototype.map.call(table.tHead.rows[0].cells, function (c) { return c.textContent.trim(); });
    var rows = Array.prototype.map.call(table.tBodies[0].rows, function (row) {
      return {
        label: row.cells[0].textContent.trim(),
        values: Array.prototype.slice.call(row.cells, 1).map(number)
      };
    });
    return { headers: headers, rows: rows };
  }

  function option(el, data) {
    var type = el.getAttribute('data-chart-type');
    var byRow = el.getAttribute('data-series-by-row') === 'true';
    var categories;
    var series = [];
    if (byRow) {
      categories = data.headers.slice(1);
      data.rows.forEach(function (row) {
        series.push({ name: row.label, type: 'line', data: row.values, connectNulls: true });
      });
    } else {
      categories = data.rows.map(function (r) { return r.label; });
      data.headers.slice(1).forEach(function (name, i) {
        if (DROPPED[name]) {
          return;
        }
        var s = { name: name, type: type === 'line' ? 'line' : 'bar', connectNulls: true,
          data: data.rows.map(function (r) { return r.values[i]; }) };
        if (type === 'stacked') {
          s.stack = 'total';
        }
        series.push(s);
      });
    }
    return {
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', top: 0 },
      grid: { left: 48, right: 16, top: 40, bottom: 72 },
      xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, rotate: categories.length > 4 ? 30 : 0 } },
      yAxis: { type: 'value' },
      series: series
    };
  }

  document.querySelectorAll('.jp-chart[data-table]').forEach(function (el) {
    var table = document.getElementById(el.getAttribute('data-table'));
    if (!table) {
      return;
    }
    var chart = echarts.init(el, null, { renderer: 'svg' });
    chart.setOption(option(el, read(table)));
    el.setAttribute('data-drawn', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
