package dev.plumb.load.gotemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GoTemplateTest {

    private static String render(String template, Object data) {
        return GoTemplate.parse(template, FunctionTable.standard()).execute(data, true).text();
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void trimMarkersEatTheWhiteSpaceOnTheirSide() {
        assertThat(render("a  {{- \"b\" -}}  \n c", null)).isEqualTo("abc");
        assertThat(render("a {{ \"b\" }} c", null)).isEqualTo("a b c");
        assertThat(render("x\n{{- /* a comment */ -}}\ny", null)).isEqualTo("xy");
        assertThat(render("x {{/* kept spaces */}} y", null)).isEqualTo("x  y");
        // A dash without a space is a negative number, not a trim marker.
        assertThat(render("a {{-3}} b", null)).isEqualTo("a -3 b");
    }

    @Test
    void rangeOverAMapVisitsKeysInSortedOrder() {
        Map<String, Object> data = map("zeta", 1L, "alpha", 2L, "mid", 3L);
        assertThat(render("{{ range $k, $v := . }}{{ $k }}={{ $v }};{{ end }}", data)).isEqualTo("alpha=2;mid=3;zeta=1;");
        assertThat(render("{{ range . }}{{ . }}{{ end }}", data)).isEqualTo("231");
        assertThat(render("{{ range $i, $v := list \"a\" \"b\" }}{{ $i }}{{ $v }} {{ end }}", null)).isEqualTo("0a 1b ");
        assertThat(render("{{ range list }}x{{ else }}empty{{ end }}", null)).isEqualTo("empty");
        assertThat(render("{{ range $i, $v := list 1 2 3 4 }}{{ if eq $v 2 }}{{ continue }}{{ end }}"
                + "{{ if eq $v 4 }}{{ break }}{{ end }}{{ $v }}{{ end }}", null)).isEqualTo("13");
    }

    @Test
    void elseIfChainsTakeTheFirstTrueBranch() {
        String template = "{{ if eq .n 1 }}one{{ else if eq .n 2 }}two{{ else if eq .n 3 }}three{{ else }}many{{ end }}";
        assertThat(render(template, map("n", 1L))).isEqualTo("one");
        assertThat(render(template, map("n", 3L))).isEqualTo("three");
        assertThat(render(template, map("n", 9L))).isEqualTo("many");
        assertThat(render("{{ with .a }}{{ .b }}{{ else }}none{{ end }}", map("a", map("b", "x")))).isEqualTo("x");
        assertThat(render("{{ with .a }}{{ .b }}{{ else }}none{{ end }}", map("a", ""))).isEqualTo("none");
    }

    @Test
    void variablesEndWithTheirBlockAndAssignmentChangesTheOuterOne() {
        assertThat(render("{{ $x := 1 }}{{ if true }}{{ $x = 2 }}{{ $y := 3 }}{{ end }}{{ $x }}", null)).isEqualTo("2");
        assertThatThrownBy(() -> render("{{ if true }}{{ $y := 3 }}{{ end }}{{ $y }}", null))
                .isInstanceOf(TemplateException.class).hasMessageContaining("undefined variable \"$y\"");
        assertThat(render("{{ range list 1 2 }}{{ $.name }}{{ end }}", map("name", "n"))).isEqualTo("nn");
        assertThat(render("{{ define \"t\" }}[{{ . }}{{ $ }}]{{ end }}{{ template \"t\" \"a\" }}", null)).isEqualTo("[aa]");
        assertThat(render("{{ block \"b\" .x }}<{{ . }}>{{ end }}", map("x", "v"))).isEqualTo("<v>");
    }

    @Test
    void printfFormatsAsGoDoes() {
        assertThat(render("{{ printf \"%s-%d-%v-%q\" \"a\" 5 true \"q\\\"x\" }}", null)).isEqualTo("a-5-true-\"q\\\"x\"");
        assertThat(render("{{ printf \"%5s|%-4d|%05d\" \"ab\" 7 42 }}", null)).isEqualTo("   ab|7   |00042");
        assertThat(render("{{ printf \"%d\" \"x\" }}", null)).isEqualTo("%!d(string=x)");
        assertThat(render("{{ printf \"%s\" }}", null)).isEqualTo("%!s(MISSING)");
        assertThat(render("{{ printf \"%v\" .m }}", map("m", map("b", 1L, "a", List.of("x", "y"))))).isEqualTo("map[a:[x y] b:1]");
        assertThat(render("{{ print 1 2 \"a\" 3 }}", null)).isEqualTo("1 2a3");
        assertThat(render("{{ 1.5 }} {{ 2.0 }} {{ 1e21 }}", null)).isEqualTo("1.5 2 1e+21");
    }

    @Test
    void missingKeysFailOnlyWhenAskedTo() {
        GoTemplate template = GoTemplate.parse("a{{ .missing }}b", FunctionTable.standard());
        assertThat(template.execute(map(), false).text()).isEqualTo("a<no value>b");
        assertThatThrownBy(() -> template.execute(map(), true)).isInstanceOf(TemplateException.class)
                .hasMessage("map has no entry for key \"missing\"")
                .satisfies(error -> assertThat(((TemplateException) error).located()).startsWith("1:5:"));
        assertThatThrownBy(() -> GoTemplate.parse("{{ .a.b }}", FunctionTable.standard()).execute(map("a", null), false))
                .hasMessageContaining("nil pointer evaluating interface {}.b");
    }

    @Test
    void toYamlWritesSortedKeysAndUnindentedSequences() {
        Map<String, Object> data = map("b", map("y", 1L, "x", "two words"), "a", List.of("1", map("k", true, "j", null)),
                "c", "line1\nline2", "d", "true", "e", List.of());
        assertThat(render("{{ toYaml . }}", data)).isEqualTo("""
                a:
                - "1"
                - j: null
                  k: true
                b:
                  x: two words
                  "y": 1
                c: |-
                  line1
                  line2
                d: "true"
                e: []
                """);
        assertThat(render("spec:{{ toYaml .b | trim | nindent 2 }}", data)).isEqualTo("spec:\n  x: two words\n  \"y\": 1");
        assertThat(render("{{ .b | toYaml | indent 4 }}", data)).isEqualTo("    x: two words\n    \"y\": 1\n    ");
    }

    @Test
    void sprigFunctionsTakeThePipedValueLast() {
        assertThat(render("{{ .x | default \"d\" }} {{ .y | default \"d\" }}", map("x", "", "y", "v"))).isEqualTo("d v");
        assertThat(render("{{ \"a.b.c\" | splitList \".\" | join \"-\" | upper | quote }}", null)).isEqualTo("\"A-B-C\"");
        assertThat(render("{{ $d := dict \"a\" 1 }}{{ $_ := set $d \"b\" 2 }}{{ keys $d | sortAlpha }} {{ hasKey $d \"b\" }}", null))
                .isEqualTo("[a b] true");
        assertThat(render("{{ merge (dict \"a\" 1) (dict \"a\" 2 \"b\" 3) | toJson }}", null)).isEqualTo("{\"a\":1,\"b\":3}");
        assertThat(render("{{ mergeOverwrite (dict \"a\" 1) (dict \"a\" 2) | toJson }}", null)).isEqualTo("{\"a\":2}");
        assertThat(render("{{ semverCompare \">=1.25.0-0\" \"1.28.3\" }} {{ semverCompare \"^1.2\" \"2.0.0\" }}", null))
                .isEqualTo("true false");
        assertThat(render("{{ regexReplaceAll \"a(x*)b\" \"-ab-axxb-\" \"${1}W\" }}", null)).isEqualTo("-W-xxW-");
        // As in Go, "$1W" names a group "1W", which does not exist: it is empty.
        assertThat(render("{{ regexReplaceAll \"a(x*)b\" \"-ab-axxb-\" \"$1W\" }}", null)).isEqualTo("---");
        assertThat(render("{{ int \"42\" }} {{ int \"0x1f\" }} {{ int \"3.7\" }} {{ atoi \"x\" }}", null)).isEqualTo("42 31 0 0");
        assertThat(render("{{ ternary \"y\" \"n\" (and 1 (or 0 \"x\")) }} {{ b64enc \"hi\" | b64dec }}", null)).isEqualTo("y hi");
        assertThat(render("{{ (fromYaml \"a: [1, 2]\").a | last }} {{ coalesce nil \"\" \"c\" }}", null)).isEqualTo("2 c");
        assertThat(render("{{ tpl \"{{ .n }}!\" . }}", map("n", "v"))).isEqualTo("v!");
        assertThat(render("{{ env \"HOME\" }}", null)).isEqualTo("(unresolved env)");
        assertThat(render("{{ now }} {{ randAlphaNum 8 }}", null)).isEqualTo("(unresolved now) (unresolved randAlphaNum)");
        assertThat(render("{{ \"HelloWorld app\" | snakecase }} {{ \"my-app name\" | camelcase }} {{ seq 3 }}", null))
                .isEqualTo("hello_world_app MyAppName 1 2 3");
        assertThat(render("{{ divf 3 2 }} {{ mulf 1.5 2 }} {{ div 7 2 }} {{ add 1 2 3 }}", null)).isEqualTo("1.5 3 3 6");
        assertThat(render("{{ mustRegexMatch \"^a\" \"abc\" }} {{ mustAppend (list 1) 2 | toJson }}", null))
                .isEqualTo("true [1,2]");
    }

    @Test
    void errorsNameTheLineAndTheFunction() {
        assertThatThrownBy(() -> GoTemplate.parse("ok\n{{ if false }}{{ nosuch 1 }}{{ end }}", FunctionTable.standard()))
                .isInstanceOf(TemplateException.class).hasMessage("function \"nosuch\" not defined")
                .satisfies(error -> assertThat(((TemplateException) error).line()).isEqualTo(2));
        assertThatThrownBy(() -> render("\n\n  {{ fail \"stop here\" }}", null))
                .hasMessage("error calling fail: stop here")
                .satisfies(error -> assertThat(((TemplateException) error).located()).isEqualTo("3:6: error calling fail: stop here"));
        assertThatThrownBy(() -> render("{{ if true }}x", null)).hasMessageContaining("{{end}} is missing");
        assertThatThrownBy(() -> render("{{ break }}", null)).hasMessageContaining("outside {{range}}");
        assertThatThrownBy(() -> render("{{ .a", null)).hasMessageContaining("unclosed action");
        assertThatThrownBy(() -> render("{{ define \"loop\" }}{{ template \"loop\" . }}{{ end }}{{ template \"loop\" . }}", null))
                .hasMessageContaining("does it call itself?");
        assertThatThrownBy(() -> render("{{ $d := dict }}{{ $_ := set $d \"self\" $d }}{{ toYaml $d }}", null))
                .isInstanceOf(TemplateException.class).hasMessageContaining("nested too deeply");
        assertThatThrownBy(() -> render("{{ " + "(".repeat(5000) + "1" + ")".repeat(5000) + " }}", null))
                .isInstanceOf(TemplateException.class).hasMessageContaining("nested too deeply");
    }

    @Test
    void outputLinesKnowTheTemplateLineTheyCameFrom() {
        GoTemplate.Rendered rendered = GoTemplate.parse("a\n{{- if true }}\nb\n{{ end -}}\nc: {{ \"x\\ny\" }}\nd\n",
                FunctionTable.standard()).execute(null, true);
        assertThat(rendered.text()).isEqualTo("a\nb\nc: x\ny\nd\n");
        assertThat(rendered.sourceLine(2)).isEqualTo(3);
        assertThat(rendered.sourceLine(3)).isEqualTo(5);
        assertThat(rendered.sourceLine(5)).isEqualTo(6);
    }

    @Test
    void aValuesTemplateRendersAsHelmfileWouldWriteIt() {
        Map<String, Object> data = map("Release", map("Name", "grafana", "Namespace", "monitoring"),
                "Values", map("domain", "example.org", "resources", map("requests", map("memory", "256Mi", "cpu", "100m")),
                        "replicas", 2L, "admins", List.of("ana", "bo")));
        String template = """
                {{- $host := printf "%s.%s" .Release.Name .Values.domain -}}
                fullnameOverride: {{ .Release.Name }}
                replicas: {{ .Values.replicas | default 1 }}
                ingress:
                  enabled: {{ ne .Release.Namespace "kube-system" }}
                  hosts:
                    - {{ $host | quote }}
                resources: {{- toYaml .Values.resources | nindent 2 }}
                admins:
                {{- range $i, $admin := .Values.admins }}
                  - name: {{ $admin }}
                    index: {{ $i }}
                {{- end }}
                {{- if hasKey .Values "tolerations" }}
                tolerations: {{ toYaml .Values.tolerations }}
                {{- else }}
                tolerations: []
                {{- end }}
                """;
        // helmfile's toYaml keeps its final newline, so nindent leaves a line of two spaces after the block.
        assertThat(render(template, data)).isEqualTo("""
                fullnameOverride: grafana
                replicas: 2
                ingress:
                  enabled: true
                  hosts:
                    - "grafana.example.org"
                resources:
                  requests:
                    cpu: 100m
                    memory: 256Mi
                  \n\
                admins:
                  - name: ana
                    index: 0
                  - name: bo
                    index: 1
                tolerations: []
                """);
    }
}
