using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace Curata.Knowledge.Tool.Export.Tables
{
    /// <summary>
    /// Writes each table as <c>{name}.csv</c> (RFC 4180: comma-separated, a header row, CRLF line ends, a field quoted when it
    /// holds a comma, quote or line break, quotes doubled; UTF-8 without a byte-order mark). A missing value is an empty
    /// field; an empty string is <c>""</c>, so the two stay apart. Numbers and days are written in invariant culture
    /// (<c>2024-02-07</c>), booleans as <c>true</c>/<c>false</c>.
    /// </summary>
    internal static class CsvTables
    {
        public static IReadOnlyList<string> Write(IEnumerable<ExportTable> tables, string folder)
        {
            Directory.CreateDirectory(folder);
            var written = new List<string>();
            foreach (var table in tables)
            {
                var path = Path.Combine(folder, table.Name + ".csv");
                using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
                writer.NewLine = "\r\n";
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    if (c > 0) writer.Write(',');
                    WriteField(writer, table.Columns[c].Name);
                }
                writer.WriteLine();
                for (var row = 0; row < table.RowCount; row++)
                {
                    for (var c = 0; c < table.Columns.Count; c++)
                    {
                        if (c > 0) writer.Write(',');
                        var value = table.Columns[c].Values[row];
                        if (value != null) WriteField(writer, Text(value));
                    }
                    writer.WriteLine();
                }
                written.Add(path);
            }
            return written;
        }

        private static string Text(object value) => value switch
        {
            string text => text,
            bool flag => flag ? "true" : "false",
            DateTime day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            double number => number.ToString("R", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };

        private static void WriteField(TextWriter writer, string text)
        {
            if (text.Length > 0 && text.IndexOfAny(NeedsQuotes) < 0)
            {
                writer.Write(text);
                return;
            }
            writer.Write('"');
            writer.Write(text.Replace("\"", "\"\""));
            writer.Write('"');
        }

        private static readonly char[] NeedsQuotes = { ',', '"', '\r', '\n' };
    }
}
