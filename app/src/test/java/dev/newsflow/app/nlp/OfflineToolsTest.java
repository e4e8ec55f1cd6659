package dev.newsflow.app.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.newsflow.app.Newsflow;

class OfflineToolsTest {

    private static final String TEXT = "Pyongyang to send 5,000 troops\n\n"
            + "North Korea has sent 3,000 soldiers to the Kursk region, the NIS said. The $2,000 bonus is paid monthly.\n";

    private static String run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            int rc = Newsflow.commandLine().execute(args);
            assertEquals(0, rc, "exit code");
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void extractPrintsOneGoldShapedObjectPerClaim(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), TEXT);
        String out = run("extract", dir.toString());
        String[] lines = out.strip().split("\n");
        assertEquals(2, lines.length, out);
        assertTrue(lines[0].startsWith("{\"file\":\"a.txt\",\"count\":5000,\"count_low\":null,\"count_high\":null,"
                + "\"qualifier\":\"exact\",\"unit\":\"troops\",\"actor\":\"North Korea\""), lines[0]);
        assertTrue(lines[1].contains("\"count\":3000") && lines[1].contains("\"location\":\"Kursk\"")
                && lines[1].contains("\"status\":\"deployed\"") && lines[1].contains("\"source\":\"NIS\"")
                && lines[1].endsWith("\"hedged\":false}"), lines[1]);
    }

    @Test
    void aHigherClaimThresholdLeavesOutTheFiguresTheModelIsLessSureOf(@TempDir Path dir) throws Exception {
        // "three others" is a figure the grammar passes over and the figure model takes at the default threshold
        Files.writeString(dir.resolve("g.txt"), "Two gunmen died, and three others may have escaped, officials said.\n");
        String usual = run("extract", dir.toString());
        assertEquals(2, usual.strip().split("\n").length, usual);
        String strict = run("extract", "--claim-threshold", "0.99", dir.toString());
        assertEquals(1, strict.strip().split("\n").length, strict);
        assertTrue(strict.contains("\"count\":2,"), strict);
    }

    @Test
    void aClaimThresholdOutsideZeroToOneIsAUsageError(@TempDir Path dir) {
        assertEquals(2, Newsflow.commandLine().execute("extract", "--claim-threshold", "1.5", dir.toString()));
        assertEquals(2, Newsflow.commandLine().execute("extract", "--claim-threshold", "0", dir.toString()));
    }

    @Test
    void aPagesPublicationDateIsTheArticlesPresent(@TempDir Path dir) throws Exception {
        String body = "<p>In 2019, the United States had 5,000 troops stationed in Iraq, officials said on Monday"
                + " in a long statement about the mission and its future.</p>";
        Files.writeString(dir.resolve("undated.html"), "<html><head><title>Iraq</title></head><body><article>"
                + body + "</article></body></html>");
        Files.writeString(dir.resolve("dated.html"), "<html><head><title>Iraq</title><meta property="
                + "\"article:published_time\" content=\"2024-05-02T10:00:00Z\"></head><body><article>" + body
                + "</article></body></html>");
        String[] lines = run("extract", dir.toString()).strip().split("\n");
        assertEquals(2, lines.length, String.join("\n", lines));
        assertTrue(lines[0].startsWith("{\"file\":\"dated.html\"") && lines[0].contains("\"status\":\"other\""),
                lines[0]); // 2019 is well before 2024: a past deployment
        assertTrue(lines[1].startsWith("{\"file\":\"undated.html\"") && lines[1].contains("\"status\":\"deployed\""),
                lines[1]); // no date: the latest year named, 2019, is the present
    }

    @Test
    void aTextFilesDateLineIsTheArticlesPresentAndNoText(@TempDir Path dir) throws Exception {
        String body = "Iraq\n\nIn 2019, the United States had 5,000 troops stationed in Iraq, officials said.\n";
        Files.writeString(dir.resolve("dated.txt"), "date: 2024-05-02\n" + body);
        Files.writeString(dir.resolve("undated.txt"), body);
        String[] lines = run("extract", dir.toString()).strip().split("\n");
        assertEquals(2, lines.length, String.join("\n", lines));
        assertTrue(lines[0].startsWith("{\"file\":\"dated.txt\"") && lines[0].contains("\"status\":\"other\""),
                lines[0]); // 2019 is well before 2024: a past deployment
        assertTrue(lines[1].startsWith("{\"file\":\"undated.txt\"") && lines[1].contains("\"status\":\"deployed\""),
                lines[1]);
        ArticleFiles.ArticleText dated = new ArticleFiles().read(dir.resolve("dated.txt"));
        assertEquals(java.time.Year.of(2024), dated.published());
        assertEquals(" ".repeat("date: 2024-05-02".length()) + "\n" + body, dated.text()); // offsets stay the file's
    }

    @Test
    void evalScoresADirectoryAgainstGold(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), TEXT);
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"file\": \"a.txt\", \"sentence\": \"x\", \"count\": 3000, \"count_low\": null, "
                + "\"count_high\": null, \"qualifier\": \"exact\", \"unit\": \"soldiers\", \"actor\": \"North Korea\", "
                + "\"location\": \"Kursk\", \"status\": \"deployed\", \"source\": \"NIS\"}\n"
                + "{\"file\": \"a.txt\", \"non_claim\": \"$2,000\", \"reason\": \"money\"}\n");
        String out = run("eval", "claims", gold.toString(), dir.toString(), "--verbose");
        assertTrue(out.contains("precision 0.500 (1/2)"), out);
        assertTrue(out.contains("recall    1.000 (1/1)"), out);
        assertTrue(out.contains("f1        0.667"), out);
        assertTrue(out.contains("status     1.000"), out);
        assertTrue(out.contains("false positive a.txt 5,000"), out);
    }

    @Test
    void evalAgainstASecondAnnotationScoresHowFarTwoAnnotatorsAgree(@TempDir Path dir) throws Exception {
        String row = "{\"file\": \"a.txt\", \"sentence\": \"s\", \"count\": %d, \"count_low\": null, "
                + "\"count_high\": null, \"qualifier\": \"exact\", \"unit\": \"soldiers\", \"actor\": \"%s\", "
                + "\"location\": null, \"status\": \"%s\", \"source\": null}\n";
        Path first = dir.resolve("first.jsonl");
        Files.writeString(first, String.format(row, 3000, "North Korea", "deployed")
                + String.format(row, 12, "Russia", "killed")
                + "{\"file\": \"b.txt\", \"non_claim\": \"1950\", \"reason\": \"year\"}\n");
        Path second = dir.resolve("second.jsonl");
        Files.writeString(second, String.format(row, 3000, "DPRK", "arrived")
                + String.format(row, 40, "Russia", "killed"));
        String out = run("eval", "claims", first.toString(), "--against", second.toString(), "--verbose");
        assertTrue(out.contains("precision 0.500 (1/2)"), out);
        assertTrue(out.contains("recall    0.500 (1/2)"), out);
        assertTrue(out.contains("actor      1.000"), out); // "DPRK" and "North Korea" are one side
        assertTrue(out.contains("differs a.txt 3000 status: gold=deployed found=arrived"), out);
    }

    @Test
    void aDirectoryReachedThroughASymbolicLinkIsRead(@TempDir Path dir) throws Exception {
        Path texts = Files.createDirectory(dir.resolve("texts"));
        Files.writeString(texts.resolve("a.txt"), TEXT);
        Path link = Files.createSymbolicLink(dir.resolve("link"), texts);
        assertEquals(List.of(texts.toRealPath().resolve("a.txt")), ArticleFiles.expand(List.of(link)));
    }

    @Test
    void trainWritesModelTablesThatEvalCanUse(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "North Korea has sent 3,000 soldiers to the Kursk region, the NIS said.\n\n"
                + "The army bought two jeeps.\n\nAl Shabaab said 21 were killed. The convoy had 40 trucks.\n");
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"file\": \"a.txt\", \"sentence\": \"Al Shabaab said 21 were killed.\", \"count\": 21, "
                + "\"count_low\": null, \"count_high\": null, \"qualifier\": \"exact\", \"unit\": \"troops\", \"actor\": null, "
                + "\"location\": null, \"status\": \"killed\", \"source\": \"Al Shabaab\"}\n"
                + "{\"file\": \"a.txt\", \"non_claim\": \"40 trucks\", \"reason\": \"vehicles\"}\n"
                + "{\"file\": \"a.txt\", \"non_claim\": \"two jeeps\", \"reason\": \"weapons\"}\n");
        Path models = dir.resolve("models");
        run("train", "claims", "--out", models.toString(), gold.toString(), dir.toString());
        String table = Files.readString(models.resolve("figure-model.tsv"));
        assertTrue(table.startsWith("# Figure model") && table.contains("from 3 examples {claim=1, other=2}"), table);
        String out = run("eval", "claims", "--models", models.toString(), "--threshold", "0.5", gold.toString(), dir.toString());
        assertTrue(out.contains("recall    1.000 (1/1)"), out);
        String grammar = run("eval", "claims", "--grammar-only", gold.toString(), dir.toString());
        assertTrue(grammar.contains("recall    0.000 (0/1)"), grammar);
    }

    @Test
    void trainFromAPriorKeepsWhatTheNewSetDoesNotTeach(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Al Shabaab said 21 soldiers were killed.\n");
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"file\": \"a.txt\", \"sentence\": \"Al Shabaab said 21 soldiers were killed.\", "
                + "\"count\": 21, \"count_low\": null, \"count_high\": null, \"qualifier\": \"exact\", \"unit\": \"soldiers\", "
                + "\"actor\": null, \"location\": null, \"status\": \"killed\", \"source\": \"Al Shabaab\"}\n");
        Path models = dir.resolve("models");

        run("train", "claims", "--prior", "bundled", "--out", models.toString(), gold.toString(), dir.toString());

        String statuses = Files.readString(models.resolve("status-model.tsv"));
        assertTrue(statuses.contains("--prior bundled") && statuses.contains("\noffered\t")
                && statuses.contains("\nwounded\t"), statuses); // one killed claim alone teaches no other status
        assertTrue(statuses.contains("Its prior, the table it started from:\n#   Status model"), statuses);
    }

    @Test
    void markdownHeadingMarkersAreBlankedInPlace() {
        assertEquals("   Title\ntext # not a heading", ArticleFiles.blankHeadingMarkers("## Title\ntext # not a heading"));
    }
}
