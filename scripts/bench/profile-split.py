"""Shares of a collapsed-stack CPU profile (scripts/bench/profile.sh): each sample goes to the
first part its stack shows, in the order below, then the mall's own methods that most samples
pass through."""
import collections
import sys

PARTS = [
    ("rendering the page", ("DispatcherServlet.render",)),
    ("waiting for a pooled connection", ("ConcurrentBag.borrow", "ConcurrentBag.requite")),
    ("beginning and committing transactions", ("JpaTransactionManager.doBegin", "AbstractPlatformTransactionManager.commit")),
    ("the JDBC driver (statements sent and answered)", ("org/postgresql/",)),
    ("the handler (the mall's code, Hibernate, the rest)", ("InvocableHandlerMethod.invokeForRequest",)),
    ("finding the handler and the rest of the dispatch", ("DispatcherServlet.doDispatch",)),
    ("security and the other filters", ("ApplicationFilterChain",)),
    ("Tomcat", ("org/apache/coyote", "org/apache/tomcat")),
    ("event listeners and other background work", ("ThreadPoolExecutor", "ForkJoinWorkerThread")),
    ("the JIT compiler", ("CompileBroker", "C2Compiler", "Compiler::")),
    ("garbage collection", ("G1", "GC")),
]

total = 0
parts = collections.Counter()
own = collections.Counter()
with open(sys.argv[1]) as profile:
    for line in profile:
        stack, _, count = line.rstrip().rpartition(" ")
        samples = int(count)
        frames = stack.split(";")
        total += samples
        part = next((name for name, marks in PARTS if any(mark in frame for frame in frames for mark in marks)), "other")
        parts[part] += samples
        for frame in set(frames):
            if frame.startswith("kr/valuemall/") and "$$" not in frame:
                own[frame] += samples
if total == 0:
    sys.exit("no samples")
print(f"{total} samples")
for name, samples in parts.most_common():
    print(f"{100 * samples / total:5.1f} %  {name}")
print("the mall's methods most samples pass through:")
for frame, samples in own.most_common(15):
    print(f"{100 * samples / total:5.1f} %  {frame.replace('/', '.')}")
