package dev.tempo.engine;

import dev.tempo.Finding;
import dev.tempo.RuleFailedException;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * One assessment's session, run to completion or failed loudly: a gate must never pass because a
 * rule cut the assessment short.
 *
 * <p>With rule packs loaded, the rules run on a daemon worker thread, so that a consequence that
 * never returns fails the assessment at the time limit instead of hanging it; Java cannot stop that
 * thread, which stays busy (and is left behind) until the consequence returns. The default pack
 * alone (tempo's own rules, whose consequences always return) runs on the caller's thread and
 * checks the time limit before each rule fires, which saves the hand-over between threads. The run fails with a
 * {@link RuleFailedException} naming the rule when a rule throws (an {@code Error} too), fires more
 * than {@link TempoEngine#MAX_FIRINGS} times in all, halts the engine, deletes one of tempo's own
 * facts (the project's records or a finding), or runs past the time limit.
 */
final class SessionRun {
    private static final AtomicInteger THREADS = new AtomicInteger();
    /** How long the caller yields, waiting for a worker, before it parks (measured: a hand-off of ~50 µs becomes a few). */
    private static final long YIELD_NANOS = TimeUnit.MICROSECONDS.toNanos(500);

    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "tempo-assessment-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private final KieSession session;
    private final String project;
    private final ProjectFacts facts;
    private final List<Object> callersFacts;
    private final Set<Object> own = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<String, Integer> firings = new HashMap<>();
    private volatile String firing;
    private String lastFired;
    private String deletion;
    private long deadline = Long.MAX_VALUE;
    private boolean pastDeadline;

    SessionRun(KieSession session, String project, ProjectFacts facts, List<Object> callersFacts) {
        this.session = session;
        this.project = project;
        this.facts = facts;
        this.callersFacts = callersFacts;
    }

    /**
     * Runs every rule, within the time limit.
     *
     * @param onCallersThread run on the calling thread, checking the time limit between rules (for rules
     *                        whose consequences are known to return), instead of on a worker thread
     */
    void run(Duration timeLimit, boolean onCallersThread) {
        if (onCallersThread) {
            deadline = System.nanoTime() + timeLimit.toNanos();
            try {
                fire();
            } catch (RuntimeException | Error e) {
                throw failure(e);
            }
            return;
        }
        long start = System.nanoTime();
        Future<?> work = WORKERS.submit(this::fire);
        // Waking a parked thread costs tens of microseconds here, as much as a whole assessment: the caller
        // yields for a short while before it parks, so that a quick assessment hands back without a wake-up.
        long yieldUntil = start + Math.min(YIELD_NANOS, timeLimit.toNanos());
        while (!work.isDone() && System.nanoTime() - yieldUntil < 0) {
            Thread.yield();
        }
        try {
            work.get(timeLimit.toNanos() - (System.nanoTime() - start), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            session.halt();
            work.cancel(true);
            String rule = firing;
            throw new RuleFailedException(rule, (rule == null ? "the rules" : "rule " + rule) + " ran past the time limit of "
                    + describe(timeLimit) + " while assessing project " + project + "; the assessment failed (the thread running"
                    + " the rule may stay busy: Java cannot stop it)", null);
        } catch (InterruptedException e) {
            session.halt();
            Thread.currentThread().interrupt();
            throw new RuleFailedException(firing, "assessing project " + project + " was interrupted", e);
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        }
    }

    private void fire() {
        try {
            fireAll();
        } finally {
            session.dispose(); // here, so that a session still running past the time limit is disposed when it returns
        }
    }

    private void fireAll() {
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                firing = id(event.getMatch().getRule());
                if (!pastDeadline && System.nanoTime() > deadline) {
                    pastDeadline = true;
                    session.halt();
                }
            }

            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                lastFired = firing;
                firings.merge(lastFired, 1, Integer::sum);
                firing = null;
            }
        });
        session.addEventListener(new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectDeleted(ObjectDeletedEvent event) {
                Object fact = event.getOldObject();
                if (deletion == null && event.getRule() != null && (own.contains(fact) || fact instanceof Finding)) {
                    deletion = "rule " + id(event.getRule()) + " deleted tempo's fact " + (fact instanceof Finding f
                            ? "(the finding of " + f.ruleId() + (f.target() == null ? "" : " on " + f.target()) + ")"
                            : facts.describe(List.of(fact)));
                }
            }
        });
        for (Object fact : facts.all()) {
            own.add(fact);
            session.insert(fact);
        }
        callersFacts.forEach(session::insert);
        int fired = session.fireAllRules(TempoEngine.MAX_FIRINGS);
        if (fired >= TempoEngine.MAX_FIRINGS) {
            String busiest = firings.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            throw new RuleFailedException(busiest, "assessing project " + project + " fired " + TempoEngine.MAX_FIRINGS
                    + " rules without settling; rule " + busiest + " fired " + firings.get(busiest)
                    + " times: it keeps re-activating itself or another", null);
        }
        if (pastDeadline) {
            throw new RuleFailedException(firing, "the rules ran past the time limit while assessing project " + project
                    + " (rule " + lastFired + " was the last to finish); the assessment failed", null);
        }
        if (deletion != null) {
            throw new RuleFailedException(null, deletion + " while assessing project " + project
                    + "; rules may not delete tempo's facts, and the assessment failed", null);
        }
        String halter = lastFired;
        if (session.fireAllRules(1) > 0) {
            throw new RuleFailedException(halter, "rule " + halter + " halted the engine while assessing project " + project
                    + ", before every rule had run; the assessment failed", null);
        }
    }

    private RuleFailedException failure(Throwable cause) {
        if (cause instanceof RuleFailedException failed) {
            return failed;
        }
        if (cause instanceof ConsequenceException e) {
            String rule = id(e.getRule());
            return new RuleFailedException(rule, "rule " + rule + " failed while assessing project " + project
                    + " on " + facts.describe(e.getMatch().getObjects()) + ": " + e.getCause(), e.getCause());
        }
        if (cause instanceof Error error) {
            String rule = firing;
            return new RuleFailedException(rule, (rule == null ? "a rule's condition" : "rule " + rule) + " failed while assessing"
                    + " project " + project + ": " + error + (error instanceof OutOfMemoryError
                    ? " (a rule that inserts without end, or a project too large for the heap)" : ""), error);
        }
        // a condition that throws: Drools names the rule and the constraint in its message
        String message = cause.getMessage() == null ? cause.toString() : cause.getMessage().lines().findFirst().orElse(cause.toString());
        return new RuleFailedException(null, "a rule's condition failed while assessing project " + project + ": " + message, cause);
    }

    private static String id(Rule rule) {
        Object id = rule.getMetaData().get("id");
        return id == null ? rule.getName() : id.toString();
    }

    private static String describe(Duration limit) {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }
}
