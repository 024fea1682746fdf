/// The frame of every page: UTF-8, `lang="zh"`, a CJK font stack, the navigation bar, our style.
///
/// No script anywhere: search, filters and query forms are plain GET forms and links, so the
/// explorer works the same in a text browser and with JavaScript off.
struct PageLayout {
    var title: String
    var body: String

    static let style = """
        :root { --ink: #1d2329; --muted: #5b6570; --line: #d5dbe1; --accent: #1f5fa8; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--ink); background: #fbfcfd; line-height: 1.6;
          font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
            "WenQuanYi Zen Hei", "PingFang SC", "Microsoft YaHei", sans-serif; }
        header.site { background: #18324f; color: #fff; padding: 10px 24px; display: flex;
          gap: 24px; align-items: center; flex-wrap: wrap; }
        header.site a { color: #fff; text-decoration: none; }
        header.site .brand { font-weight: bold; font-size: 18px; }
        header.site form { margin-left: auto; }
        main { max-width: 1100px; margin: 0 auto; padding: 16px 24px 48px; }
        h1 { font-size: 24px; margin: 12px 0 4px; }
        h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 1px solid var(--line); }
        a { color: var(--accent); }
        .muted, .iri { color: var(--muted); font-size: 13px; }
        .iri { font-family: monospace; word-break: break-all; }
        input[type=search], input[type=text] { font: inherit; padding: 4px 8px; min-width: 18em; }
        textarea { font-family: monospace; font-size: 14px; width: 100%; }
        button { font: inherit; padding: 4px 14px; }
        table.data { border-collapse: collapse; width: 100%; margin: 8px 0; font-size: 14px; }
        table.data th, table.data td { border: 1px solid var(--line); padding: 4px 8px;
          text-align: left; vertical-align: top; }
        table.data th { background: #eef2f6; }
        ul.hits { list-style: none; padding: 0; }
        ul.hits li { padding: 6px 0; border-bottom: 1px dotted var(--line); }
        .type { display: inline-block; font-size: 12px; padding: 0 6px; border-radius: 3px;
          background: #e6edf5; color: #33475b; margin-left: 6px; }
        blockquote { margin: 4px 0 4px 0; padding: 2px 10px; border-left: 3px solid var(--line);
          color: #333; }
        .status { font-weight: bold; white-space: nowrap; }
        .status-met { color: #1b7f3b; } .status-not-met { color: #c0392b; }
        .status-not-comparable { color: #d68910; } .status-no-data { color: #8c8c8c; }
        fieldset.filter { border: 1px solid var(--line); padding: 6px 12px; }
        fieldset.filter label { margin-right: 16px; }
        pre.source { background: #fff; border: 1px solid var(--line); padding: 8px;
          white-space: pre-wrap; font-size: 14px; }
        pre.source .ln { color: var(--muted); display: inline-block; min-width: 4em; }
        pre.source .here { background: #fff6d5; display: block; }
        mark { background: #ffd54f; }
        .error { color: #a61b1b; background: #fdeeee; border: 1px solid #f2c4c4; padding: 8px;
          white-space: pre-wrap; font-family: monospace; }
        .picture { overflow-x: auto; border: 1px solid var(--line); background: #fff; }
        """

    var rendered: String {
        """
        <!DOCTYPE html>
        <html lang="zh">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTML.escape(title)) · VocGraph</title>
        <style>
        \(Self.style)
        </style>
        </head>
        <body>
        <header class="site">
        <a class="brand" href="/">VocGraph 职教图谱</a>
        <a href="/policies">政策 Policies</a>
        <a href="/metrics">指标 Metrics</a>
        <a href="/query">查询 Query</a>
        <a href="/sparql">SPARQL</a>
        <form action="/search" method="get" role="search">
        <input type="search" name="q" placeholder="机构、政策、文件名称 names" aria-label="search">
        <button type="submit">搜索</button>
        </form>
        </header>
        <main>
        \(body)
        </main>
        </body>
        </html>

        """
    }
}
