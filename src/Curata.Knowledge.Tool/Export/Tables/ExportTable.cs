using System;
using System.Collections.Generic;
using System.Linq;

namespace Curata.Knowledge.Tool.Export.Tables
{
    /// <summary>The type of a table column; CSV writes every type as text, Parquet keeps it.</summary>
    internal enum ColumnType
    {
        String,
        Int64,
        /// <summary>An exact decimal number: Parquet DECIMAL(38, 18).</summary>
        Decimal,
        Double,
        Boolean,
        /// <summary>A calendar day: Parquet DATE.</summary>
        Date,
    }

    /// <summary>One column: its name, type and one value per row (null when the fact has none).</summary>
    internal sealed class ExportColumn
    {
        public ExportColumn(string name, ColumnType type)
        {
            Name = name;
            Type = type;
        }

        public string Name { get; }

        public ColumnType Type { get; }

        /// <summary>One value per row: <see cref="string"/>, <see cref="long"/>, <see cref="decimal"/>, <see cref="double"/>,
        /// <see cref="bool"/> or <see cref="DateTime"/> (a day), by <see cref="Type"/>; or null.</summary>
        public List<object?> Values { get; } = new List<object?>();
    }

    /// <summary>
    /// A table filled row by row: <see cref="AddRow"/> appends a row of nulls, <see cref="Set"/> fills a cell of the last row.
    /// Columns are declared before the first row.
    /// </summary>
    internal sealed class ExportTable
    {
        private readonly List<ExportColumn> _columns = new List<ExportColumn>();
        private readonly Dictionary<string, ExportColumn> _byName = new Dictionary<string, ExportColumn>(StringComparer.Ordinal);

        public ExportTable(string name) => Name = name;

        public string Name { get; }

        public IReadOnlyList<ExportColumn> Columns => _columns;

        public int RowCount { get; private set; }

        /// <summary>Adds a column; a second column of the same name is a declaration clash the model should have caught.</summary>
        public ExportTable Column(string name, ColumnType type)
        {
            if (RowCount > 0) throw new InvalidOperationException($"Table {Name}: columns must be declared before rows.");
            if (_byName.ContainsKey(name)) throw new InvalidOperationException($"Table {Name} would have two columns named '{name}'.");
            var column = new ExportColumn(name, type);
            _columns.Add(column);
            _byName.Add(name, column);
            return this;
        }

        public bool HasColumn(string name) => _byName.ContainsKey(name);

        public void AddRow()
        {
            foreach (var column in _columns) column.Values.Add(null);
            RowCount++;
        }

        /// <summary>Sets a cell of the last row; a value of the wrong type is a bug in the exporter, so it throws.</summary>
        public void Set(string column, object? value)
        {
            var target = _byName[column];
            if (value != null && !Fits(target.Type, value))
                throw new InvalidOperationException($"Table {Name}, column {column} ({target.Type}): cannot hold a {value.GetType().Name}.");
            target.Values[RowCount - 1] = value;
        }

        private static bool Fits(ColumnType type, object value) => type switch
        {
            ColumnType.String => value is string,
            ColumnType.Int64 => value is long,
            ColumnType.Decimal => value is decimal,
            ColumnType.Double => value is double,
            ColumnType.Boolean => value is bool,
            ColumnType.Date => value is DateTime,
            _ => false,
        };

        public override string ToString() => $"{Name} ({RowCount} rows: {string.Join(", ", _columns.Select(c => c.Name))})";
    }
}
