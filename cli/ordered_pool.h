// RunOrdered is the --jobs worker pool of `kg ingest`, `kg extract` and
// `kg load`: `jobs` threads take inputs one at a time from `next` and apply
// `work` to them in parallel, while the calling thread receives the results
// through `consume` strictly in input order. So the output (and the
// database, written by the one consuming thread) is the same for any number
// of jobs. At most `window` inputs are in flight, which bounds memory
// whatever the corpus size.
#ifndef KG_CLI_ORDERED_POOL_H_
#define KG_CLI_ORDERED_POOL_H_

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace kg::cli {

// `next` fills its argument and returns true, or returns false at the end;
// calls to it are serialised. `work` must not throw. `consume` returns false
// to stop early (e.g. on a storage error); the inputs in flight are then
// dropped. With jobs <= 1 everything runs on the calling thread.
template <typename In, typename Out>
void RunOrdered(int jobs, size_t window, const std::function<bool(In*)>& next,
                const std::function<Out(In&)>& work, const std::function<bool(Out&)>& consume) {
  if (jobs <= 1) {
    In in;
    while (next(&in)) {
      Out out = work(in);
      if (!consume(out)) return;
    }
    return;
  }
  std::mutex read_mutex;  // serialises `next` and the numbering of inputs
  std::mutex mutex;       // guards everything below
  std::condition_variable can_take, can_consume;
  std::map<size_t, Out> done;
  size_t taken = 0, consumed = 0;
  bool exhausted = false, stopped = false;

  auto worker = [&] {
    while (true) {
      In in;
      size_t sequence;
      {
        std::lock_guard<std::mutex> read_lock(read_mutex);
        {
          std::unique_lock<std::mutex> lock(mutex);
          can_take.wait(lock, [&] { return stopped || exhausted || taken - consumed < window; });
          if (stopped || exhausted) return;
        }
        bool more = next(&in);
        std::lock_guard<std::mutex> lock(mutex);
        if (!more) {
          exhausted = true;
          can_take.notify_all();
          can_consume.notify_one();
          return;
        }
        sequence = taken++;
      }
      Out out = work(in);
      std::lock_guard<std::mutex> lock(mutex);
      done.emplace(sequence, std::move(out));
      if (sequence == consumed) can_consume.notify_one();
    }
  };
  std::vector<std::thread> threads;
  for (int i = 0; i < jobs; ++i) threads.emplace_back(worker);

  std::unique_lock<std::mutex> lock(mutex);
  while (true) {
    can_consume.wait(lock,
                     [&] { return done.count(consumed) || (exhausted && consumed == taken); });
    auto it = done.find(consumed);
    if (it == done.end()) break;  // exhausted and all consumed
    Out out = std::move(it->second);
    done.erase(it);
    lock.unlock();
    bool keep_going = consume(out);
    lock.lock();
    ++consumed;
    can_take.notify_all();
    if (!keep_going) {
      stopped = true;
      can_take.notify_all();
      break;
    }
  }
  lock.unlock();
  for (std::thread& thread : threads) thread.join();
}

}  // namespace kg::cli

#endif  // KG_CLI_ORDERED_POOL_H_
