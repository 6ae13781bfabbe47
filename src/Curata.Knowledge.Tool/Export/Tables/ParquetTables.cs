using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;

namespace Curata.Knowledge.Tool.Export.Tables
{
    /// <summary>
    /// Writes each table as <c>{name}.parquet</c> with Parquet.Net, one row group per table, every column optional (nullable):
    /// strings as UTF-8 <c>BYTE_ARRAY</c>, integers as <c>INT64</c>, decimals as <c>DECIMAL(38, 18)</c>, doubles, booleans, and
    /// days as <c>DATE</c>.
    /// </summary>
    internal static class ParquetTables
    {
        /// <summary>Precision and scale of decimal columns: 20 digits before the point and 18 after hold any value a
        /// knowledge file is likely to give, and DuckDB, Spark and Arrow all read DECIMAL(38, 18).</summary>
        private const int DecimalPrecision = 38, DecimalScale = 18;

        public static IReadOnlyList<string> Write(IEnumerable<ExportTable> tables, string folder)
        {
            Directory.CreateDirectory(folder);
            var written = new List<string>();
            foreach (var table in tables)
            {
                var path = Path.Combine(folder, table.Name + ".parquet");
                WriteTableAsync(table, path).GetAwaiter().GetResult();
                written.Add(path);
            }
            return written;
        }

        private static async Task WriteTableAsync(ExportTable table, string path)
        {
            var fields = table.Columns.Select(Field).ToArray();
            using var stream = File.Create(path);
            await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream);
            using var rowGroup = writer.CreateRowGroup();
            for (var i = 0; i < fields.Length; i++)
            {
                var values = table.Columns[i].Values;
                switch (table.Columns[i].Type)
                {
                    case ColumnType.String:
                        await rowGroup.WriteAsync(fields[i], values.Select(v => (string?)v).ToArray()!);
                        break;
                    case ColumnType.Int64: await rowGroup.WriteAsync<long>(fields[i], Nullables<long>(values)); break;
                    case ColumnType.Decimal: await rowGroup.WriteAsync<decimal>(fields[i], Nullables<decimal>(values)); break;
                    case ColumnType.Double: await rowGroup.WriteAsync<double>(fields[i], Nullables<double>(values)); break;
                    case ColumnType.Boolean: await rowGroup.WriteAsync<bool>(fields[i], Nullables<bool>(values)); break;
                    case ColumnType.Date: await rowGroup.WriteAsync<DateTime>(fields[i], Nullables<DateTime>(values)); break;
                }
            }
        }

        private static ReadOnlyMemory<T?> Nullables<T>(List<object?> values) where T : struct
        {
            var array = new T?[values.Count];
            for (var i = 0; i < array.Length; i++) array[i] = (T?)values[i];
            return array;
        }

        private static DataField Field(ExportColumn column) => column.Type switch
        {
            ColumnType.String => new DataField<string>(column.Name, true),
            ColumnType.Int64 => new DataField<long?>(column.Name),
            ColumnType.Decimal => new DecimalDataField(column.Name, DecimalPrecision, DecimalScale, forceByteArrayEncoding: false, isNullable: true),
            ColumnType.Double => new DataField<double?>(column.Name),
            ColumnType.Boolean => new DataField<bool?>(column.Name),
            ColumnType.Date => new DateTimeDataField(column.Name, DateTimeFormat.Date, isNullable: true),
            _ => throw new ArgumentOutOfRangeException(nameof(column)),
        };
    }
}
