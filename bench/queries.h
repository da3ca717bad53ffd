// The hot read queries of kg, run in-process against a Store and timed:
// neighbours (what `kg neighbors` reads), statements (an entity's
// quotations, as `kg show` lists them) and path (the shortest chain of
// relations between two entities, by bidirectional BFS over the store's
// adjacency). Used by kg_bench; kept apart so each query is easy to read.
#ifndef KG_BENCH_QUERIES_H_
#define KG_BENCH_QUERIES_H_

#include <string>
#include <vector>

#include "store/store.h"

namespace kg::bench {

struct QueryTiming {
  std::string name;  // neighbors, statements, path
  double p50_us = 0;
  double p99_us = 0;
  double mean_results = 0;  // neighbours / statements / hops found
};

// Up to `count` entity names spread evenly over the node id space:
// `names` from all entities, `related` from those with at least one
// ENDORSES or HAS_ROLE edge (most entities only have quotations, and a path
// query between two of them ends at once, which would flatter the figures).
store::Status SampleEntityNames(const store::Store& db, size_t count,
                                std::vector<std::string>* names, std::vector<std::string>* related);

// Neighbours and statements run on `names`, path on pairs of `related`.
std::vector<QueryTiming> TimeQueries(const store::Store& db, const std::vector<std::string>& names,
                                     const std::vector<std::string>& related);

}  // namespace kg::bench

#endif  // KG_BENCH_QUERIES_H_
