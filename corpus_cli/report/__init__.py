"""The visual report: Vega-Lite charts of the API's report data, one offline HTML page, and
each chart alone as SVG and PNG. Rendering only: the data comes from `api.report_data`."""
