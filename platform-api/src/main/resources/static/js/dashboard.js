// The dashboard's charts, drawn from the figures the page embeds (#dashboard-charts); the same figures are in the
// page's tables as text. Numbers in the page's language (23.628 in Vietnamese).
(function () {
    const source = document.getElementById('dashboard-charts');
    if (!source || typeof Chart === 'undefined') {
        return;
    }
    const charts = JSON.parse(source.textContent);
    Chart.defaults.locale = charts.locale;
    const integers = {beginAtZero: true, ticks: {precision: 0}};

    new Chart(document.getElementById('members-chart'), {
        type: 'bar',
        data: {labels: charts.members.labels, datasets: [{label: charts.members.label, data: charts.members.data}]},
        options: {scales: {y: integers}, plugins: {legend: {display: false}}}
    });
    new Chart(document.getElementById('events-chart'), {
        type: 'bar',
        data: {labels: charts.events.labels, datasets: charts.events.datasets},
        options: {scales: {x: {stacked: true}, y: Object.assign({stacked: true}, integers)}}
    });
    new Chart(document.getElementById('plan-chart'), {
        type: 'line',
        data: {labels: charts.plan.labels, datasets: [charts.plan.assigned, charts.plan.done]},
        options: {scales: {y: integers}}
    });
})();
