package org.circa.provers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's output format and exit codes. */
class CircaCliTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    @Test
    void aFailingBackendIsToldInOneLineAndOtherErrorsGoOn() throws Exception {
        StringWriter err = new StringWriter();
        assertEquals(CircaCli.ENVIRONMENT_ERROR, CircaCli.failure(
                new org.circa.circuits.eval.BackendFailureException("cuMemAlloc_v2 failed: CUDA_ERROR_OUT_OF_MEMORY"),
                new PrintWriter(err)));
        assertEquals("circa: the evaluator backend failed: cuMemAlloc_v2 failed: CUDA_ERROR_OUT_OF_MEMORY",
                err.toString().strip());
        IllegalStateException bug = new IllegalStateException("a bug");
        assertEquals(bug, org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> CircaCli.failure(bug, new PrintWriter(new StringWriter()))));
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CircaCli.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void answersSortedWithTabs() throws IOException {
        Path p = write("coins.pl", "0.5::h(b).\n0.6::h(a).\nq :- h(a), h(b).\nquery(h(_)).\nquery(q).\n");
        Run r = run("query", p.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("h(a):\t0.6\nh(b):\t0.5\nq:\t0.3\n", r.out());
    }

    @Test
    void timingsNameTheStagesAndHowTheCircuitWasCompiled() throws IOException {
        Path p = write("coins.pl", "0.5::h(b).\n0.6::h(a).\nq :- h(a), h(b).\nquery(q).\n");
        Run r = run("query", "--timings", p.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().matches("(?s)parse [0-9.]+s, ground [0-9.]+s, compile [0-9.]+s "
                + "\\(top-down, decomposition branching\\), evaluate [0-9.]+s\\R"), r.err());
    }

    @Test
    void compilerRoutesGiveTheSameAnswers() throws IOException {
        Path p = write("cycle.pl", "0.6::e(a,b).\n0.5::e(b,a).\n0.7::e(b,c).\n"
                + "r(X,Y) :- e(X,Y).\nr(X,Y) :- e(X,Z), r(Z,Y).\nquery(r(a,c)).\nquery(r(a,a)).\n");
        String want = "r(a,a):\t0.3\nr(a,c):\t0.42\n";
        for (String route : new String[] {"auto", "top-down", "bdd"}) {
            Run r = run("query", "--compiler", route, "--timings", p.toString());
            assertEquals(0, r.code(), route + ": " + r.err());
            assertEquals(want, r.out(), route);
        }
        assertTrue(run("query", "--compiler", "bdd", "--timings", p.toString()).err().contains("(BDD)"));
        Run bad = run("query", "--compiler", "magic", p.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("expected auto, top-down or bdd"), bad.err());
    }

    @Test
    void jsonFormat() throws IOException {
        Path p = write("a.pl", "0.25::a.\nquery(a).\n");
        Run r = run("query", "--format", "json", p.toString());
        assertEquals(0, r.code());
        assertEquals("{\n  \"a\": 0.25\n}\n", r.out());
    }

    @Test
    void programErrorsExitOneWithPositionAndCaret() throws IOException {
        Path p = write("bad.pl", "a :- b(.\nquery(a).\nc :- ).\n");
        Run r = run("query", p.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("bad.pl:1:8: error C100"), r.err());
        assertTrue(r.err().contains("bad.pl:3:6: error C100"), r.err());
        assertTrue(r.err().contains("       ^"), r.err());
    }

    @Test
    void unknownPredicateIsNamed() throws IOException {
        Path p = write("u.pl", "a :- b.\nquery(a).\n");
        Run r = run("query", p.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("UnknownClause") && r.err().contains("b/0"), r.err());
    }

    @Test
    void negativeCycleIsReported() throws IOException {
        Path p = write("n.pl", "0.5::c.\na :- \\+ b, c.\nb :- \\+ a.\nquery(a).\n");
        Run r = run("query", p.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("NegativeCycle"), r.err());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run().code());
        assertEquals(2, run("query").code());
        assertEquals(2, run("query", "--format", "xml", "x.pl").code());
        assertEquals(2, run("frobnicate").code());
    }

    @Test
    void missingFileExitsThree() {
        Run r = run("query", dir.resolve("absent.pl").toString());
        assertEquals(3, r.code());
        assertTrue(r.err().contains("no such file"), r.err());
    }

    @Test
    void dumpsEveryForm() throws IOException {
        Path p = write("d.pl", "0.5::a.\nb :- a.\nquery(b).\n");
        assertTrue(run("query", "--dump", "ast", p.toString()).out().contains("b :- a."));
        assertTrue(run("query", "--dump", "ground", p.toString()).out().contains("query(b)"));
        assertTrue(run("query", "--dump", "circuit", p.toString()).out().contains("roots"));
    }

    @Test
    void lfiPrintsTheLearnedProgramAndSaysWhatWentWrong() throws IOException {
        Path model = write("coin.pl", "t(_)::heads.\nquery(heads).\n");
        Path examples = write("coin.ev", "evidence(heads).\n---\nevidence(heads, false).\n---\nevidence(heads).\n"
                + "---\nevidence(heads).\n");
        Path out = dir.resolve("learned.pl");
        Run ok = run("lfi", model.toString(), examples.toString(), "-O", out.toString());
        assertEquals(CircaCli.OK, ok.code(), ok.err());
        assertEquals("0.75::heads.\n", ok.out());
        assertEquals(ok.out(), Files.readString(out));
        assertTrue(ok.err().contains("from 4 examples"), ok.err());
        Run missing = run("lfi", model.toString(), dir.resolve("none.ev").toString());
        assertEquals(CircaCli.ENVIRONMENT_ERROR, missing.code());
        assertTrue(missing.err().contains("none.ev"), missing.err());
        Path bad = write("bad.pl", "t(_)::a :- .\n");
        assertEquals(CircaCli.PROGRAM_ERROR, run("lfi", bad.toString(), examples.toString()).code());
        Run usage = run("lfi", model.toString());
        assertEquals(CircaCli.USAGE_ERROR, usage.code());
        Run json = run("lfi", "--format", "json", model.toString(), examples.toString());
        assertEquals(CircaCli.OK, json.code(), json.err());
        assertTrue(json.out().contains("\"weights\": [\n    {\"head\": \"heads\", \"probability\": 0.75}\n  ]"), json.out());
        assertTrue(json.out().contains("\"program\": \"0.75::heads.\\n\""), json.out());
        assertEquals(CircaCli.USAGE_ERROR, run("lfi", "--format", "xml", model.toString(), examples.toString()).code());
    }
}
