#include "cli/table_output.h"

#include <unistd.h>

#include <algorithm>
#include <map>

namespace kg::cli {

void AddFormatOption(CLI::App* cmd, OutputFormat* format) {
  static const std::map<std::string, OutputFormat> kFormats = {
      {"table", OutputFormat::kTable}, {"json", OutputFormat::kJson}, {"csv", OutputFormat::kCsv}};
  cmd->add_option("--format", *format,
                  "table (aligned columns, the default), json (JSON Lines: one object per row) "
                  "or csv (with a header row)")
      ->transform(CLI::CheckedTransformer(kFormats, CLI::ignore_case));
}

TableStyle StdoutStyle() {
  TableStyle style;
  if (isatty(STDOUT_FILENO)) style.max_cell_chars = 80;
  return style;
}

size_t DisplayWidth(const std::string& text) {
  size_t width = 0;
  for (unsigned char c : text) width += (c & 0xC0) != 0x80;
  return width;
}

std::string CellText(const nlohmann::ordered_json& cell) {
  std::string text;
  if (cell.is_null()) {
    text = "";
  } else if (cell.is_string()) {
    text = cell.get<std::string>();
  } else if (cell.is_array()) {
    for (const auto& item : cell) text += (text.empty() ? "" : ", ") + CellText(item);
  } else {
    text = cell.dump();
  }
  std::replace(text.begin(), text.end(), '\n', ' ');
  std::replace(text.begin(), text.end(), '\r', ' ');
  std::replace(text.begin(), text.end(), '\t', ' ');
  return text;
}

namespace {

std::string Shorten(const std::string& text, size_t max_chars) {
  if (max_chars == 0 || DisplayWidth(text) <= max_chars) return text;
  size_t chars = 0, i = 0;
  for (; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && ++chars == max_chars) break;
  }
  return text.substr(0, i) + "\u2026";
}

void WriteAligned(const Table& table, const TableStyle& style, std::ostream& out) {
  std::vector<std::vector<std::string>> cells;
  cells.push_back(table.columns);
  for (const auto& row : table.rows) {
    std::vector<std::string> line;
    for (const auto& cell : row) line.push_back(Shorten(CellText(cell), style.max_cell_chars));
    cells.push_back(std::move(line));
  }
  std::vector<size_t> widths(table.columns.size(), 0);
  for (const auto& line : cells) {
    for (size_t i = 0; i < line.size() && i < widths.size(); ++i) {
      widths[i] = std::max(widths[i], DisplayWidth(line[i]));
    }
  }
  auto write_line = [&](const std::vector<std::string>& line) {
    std::string text;
    for (size_t i = 0; i < line.size(); ++i) {
      text += line[i];
      if (i + 1 < line.size()) text += std::string(widths[i] - DisplayWidth(line[i]) + 2, ' ');
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out << text << "\n";
  };
  write_line(cells[0]);
  std::vector<std::string> rule;
  for (size_t w : widths) rule.push_back(std::string(w, '-'));
  write_line(rule);
  for (size_t i = 1; i < cells.size(); ++i) write_line(cells[i]);
}

std::string CsvField(const std::string& text) {
  if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

}  // namespace

void WriteTable(const Table& table, OutputFormat format, const TableStyle& style,
                std::ostream& out) {
  switch (format) {
    case OutputFormat::kTable:
      WriteAligned(table, style, out);
      return;
    case OutputFormat::kJson:
      for (const auto& row : table.rows) {
        nlohmann::ordered_json object = nlohmann::ordered_json::object();
        for (size_t i = 0; i < row.size() && i < table.columns.size(); ++i) {
          object[table.columns[i]] = row[i];
        }
        out << object.dump() << "\n";
      }
      return;
    case OutputFormat::kCsv: {
      auto write_row = [&](const std::vector<std::string>& fields) {
        for (size_t i = 0; i < fields.size(); ++i) {
          out << (i ? "," : "") << CsvField(fields[i]);
        }
        out << "\n";
      };
      write_row(table.columns);
      for (const auto& row : table.rows) {
        std::vector<std::string> fields;
        for (const auto& cell : row) {
          // CSV keeps newlines inside quoted fields; only tables flatten them.
          fields.push_back(cell.is_string() ? cell.get<std::string>() : CellText(cell));
        }
        write_row(fields);
      }
      return;
    }
  }
}

}  // namespace kg::cli
