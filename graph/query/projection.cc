#include "graph/query/projection.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <utility>

namespace kg::graph::query {
namespace {

class Projection {
 public:
  Projection(const Query& query, const std::vector<Binding>& matches, Evaluator& evaluator)
      : query_(query), matches_(matches), evaluator_(evaluator) {}

  void Project(QueryResult* result) {
    for (const ReturnItem& item : query_.items) result->columns.push_back(item.name);
    std::vector<size_t> count_items;
    for (size_t i = 0; i < query_.items.size(); ++i) {
      if (query_.items[i].expr->kind == Expr::Kind::kCount) count_items.push_back(i);
    }
    // Rows with the sort keys beside them.
    std::vector<std::pair<std::vector<Value>, std::vector<Value>>> rows;
    if (count_items.empty()) {
      for (const Binding& b : matches_) {
        std::vector<Value> row;
        for (const ReturnItem& item : query_.items) row.push_back(evaluator_.Eval(*item.expr, b));
        rows.emplace_back(row, SortKeys(row, &b));
      }
    } else {
      Aggregate(count_items, &rows);
    }
    if (query_.distinct) {
      std::set<std::vector<Value>> seen;
      std::erase_if(rows, [&](const auto& row) { return !seen.insert(row.first).second; });
    }
    if (!query_.order_by.empty()) {
      std::stable_sort(rows.begin(), rows.end(), [&](const auto& a, const auto& b) {
        for (size_t k = 0; k < query_.order_by.size(); ++k) {
          int c = CompareForSort(a.second[k], b.second[k]);
          if (c != 0) return query_.order_by[k].descending ? c > 0 : c < 0;
        }
        return false;
      });
    }
    size_t skip = static_cast<size_t>(std::max<int64_t>(0, query_.skip.value_or(0)));
    size_t limit =
        query_.limit ? static_cast<size_t>(std::max<int64_t>(0, *query_.limit)) : rows.size();
    for (size_t i = skip; i < rows.size() && result->rows.size() < limit; ++i) {
      result->rows.push_back(std::move(rows[i].first));
    }
  }

  void Aggregate(const std::vector<size_t>& count_items,
                 std::vector<std::pair<std::vector<Value>, std::vector<Value>>>* rows) {
    std::map<std::vector<Value>, size_t> group_index;
    std::vector<std::vector<Value>> groups;
    std::vector<std::vector<std::set<Value>>> distinct_values;
    for (const Binding& b : matches_) {
      std::vector<Value> key;
      for (size_t i = 0; i < query_.items.size(); ++i) {
        bool is_count = std::find(count_items.begin(), count_items.end(), i) != count_items.end();
        key.push_back(is_count ? Value() : evaluator_.Eval(*query_.items[i].expr, b));
      }
      auto [it, inserted] = group_index.emplace(key, groups.size());
      if (inserted) {
        groups.push_back(key);
        for (size_t i : count_items) groups.back()[i] = int64_t{0};
        distinct_values.emplace_back(query_.items.size());
      }
      std::vector<Value>& group = groups[it->second];
      for (size_t i : count_items) {
        const Expr& count = *query_.items[i].expr;
        if (!count.left) {
          std::get<int64_t>(group[i])++;
          continue;
        }
        Value v = evaluator_.Eval(*count.left, b);
        if (std::holds_alternative<std::monostate>(v)) continue;
        if (count.distinct && !distinct_values[it->second][i].insert(v).second) continue;
        std::get<int64_t>(group[i])++;
      }
    }
    // count(*) over no match at all is one row of zeros (when nothing else
    // is returned), as in Cypher.
    if (groups.empty() && count_items.size() == query_.items.size()) {
      groups.emplace_back(query_.items.size(), Value(int64_t{0}));
    }
    for (auto& group : groups) {
      std::vector<Value> keys = SortKeys(group, nullptr);
      rows->emplace_back(std::move(group), std::move(keys));
    }
  }

  std::vector<Value> SortKeys(const std::vector<Value>& row, const Binding* b) {
    std::vector<Value> keys;
    for (const SortItem& sort : query_.order_by) {
      std::optional<size_t> column;
      for (size_t i = 0; i < query_.items.size(); ++i) {
        if (query_.items[i].name == sort.text) column = i;
      }
      if (column) {
        keys.push_back(row[*column]);
      } else if (b) {
        keys.push_back(evaluator_.Eval(*sort.expr, *b));
      } else {
        Fail(sort.expr->where, "with count(...), ORDER BY must name a RETURN column");
      }
    }
    return keys;
  }

  static int CompareForSort(const Value& a, const Value& b) {
    bool null_a = std::holds_alternative<std::monostate>(a);
    bool null_b = std::holds_alternative<std::monostate>(b);
    if (null_a || null_b) return null_a == null_b ? 0 : (null_a ? 1 : -1);  // nulls last
    if (a.index() != b.index()) return ValueToText(a) < ValueToText(b) ? -1 : 1;
    return a < b ? -1 : (b < a ? 1 : 0);
  }

 private:
  const Query& query_;
  const std::vector<Binding>& matches_;
  Evaluator& evaluator_;
};

}  // namespace

void Project(const Query& query, const std::vector<Binding>& matches, Evaluator& evaluator,
             QueryResult* result) {
  Projection(query, matches, evaluator).Project(result);
}

}  // namespace kg::graph::query
