package dev.plumb.load.helm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each rendered line is traced to the template line an operator would open to change it. */
class TemplateAlignmentTest {

    private static final String TEMPLATE = String.join("\n",
            "{{ if .Values.enabled }}",                                   // 1
            "{{- $name := include \"app.fullname\" . }}",                 // 2
            "apiVersion: apps/v1",                                        // 3
            "kind: Deployment",                                           // 4
            "metadata:",                                                  // 5
            "  name: {{ $name }}",                                        // 6
            "  labels:",                                                  // 7
            "    {{- include \"app.labels\" . | nindent 4 }}",            // 8
            "spec:",                                                      // 9
            "  template:",                                                // 10
            "    spec:",                                                  // 11
            "      containers:",                                          // 12
            "        - name: web",                                        // 13
            "          image: \"{{ .Values.image }}\"",                   // 14
            "          env:",                                             // 15
            "            {{- range $k, $v := .Values.env }}",             // 16
            "            - name: {{ $k }}",                               // 17
            "              value: {{ $v | quote }}",                      // 18
            "            {{- end }}",                                     // 19
            "          resources:",                                       // 20
            "            {{- toYaml .Values.resources | nindent 12 }}",   // 21
            "          securityContext:",                                 // 22
            "            privileged: false",                              // 23
            "{{- end }}");                                                // 24

    private static final String RENDERED = String.join("\n",
            "# Source: app/templates/deployment.yaml",                    // 1
            "apiVersion: apps/v1",                                        // 2
            "kind: Deployment",                                           // 3
            "metadata:",                                                  // 4
            "  name: shop-web",                                           // 5
            "  labels:",                                                  // 6
            "    app.kubernetes.io/name: web",                            // 7
            "    app.kubernetes.io/instance: shop",                       // 8
            "spec:",                                                      // 9
            "  template:",                                                // 10
            "    spec:",                                                  // 11
            "      containers:",                                          // 12
            "        - name: web",                                        // 13
            "          image: \"nginx:1.27\"",                            // 14
            "          env:",                                             // 15
            "            - name: A",                                      // 16
            "              value: \"1\"",                                 // 17
            "            - name: B",                                      // 18
            "              value: \"2\"",                                 // 19
            "          resources:",                                       // 20
            "            limits:",                                        // 21
            "              memory: 128Mi",                                // 22
            "          securityContext:",                                 // 23
            "            privileged: false");                             // 24

    @Test
    void keysFollowTheTemplateAndEmittedBlocksBelongToTheLineThatEmitsThem() {
        int[] lines = new TemplateAlignment(TEMPLATE).align(RENDERED);

        assertThat(lines[2]).as("apiVersion, past the if and the assignment").isEqualTo(3);
        assertThat(lines[5]).as("name").isEqualTo(6);
        assertThat(lines[7]).as("an included label").isEqualTo(8);
        assertThat(lines[8]).as("another included label").isEqualTo(8);
        assertThat(lines[9]).as("spec, after the included block").isEqualTo(9);
        assertThat(lines[14]).as("image").isEqualTo(14);
        assertThat(lines[16]).as("the first env entry the range writes").isEqualTo(17);
        assertThat(lines[18]).as("the second, written by the same line").isEqualTo(17);
        assertThat(lines[19]).isEqualTo(18);
        assertThat(lines[22]).as("a resource from toYaml").isEqualTo(21);
        assertThat(lines[23]).as("securityContext, after the toYaml block").isEqualTo(22);
        assertThat(lines[24]).isEqualTo(23);
    }

    @Test
    void documentsARangeWritesAgainStartOverAtTheTopOfTheRange() {
        String template = String.join("\n",
                "{{- range $app := .Values.apps }}",   // 1
                "---",                                  // 2
                "apiVersion: v1",                       // 3
                "kind: ConfigMap",                      // 4
                "metadata:",                            // 5
                "  name: {{ $app.name }}",              // 6
                "data:",                                // 7
                "  mode: {{ $app.mode }}",              // 8
                "{{- end }}");                          // 9
        TemplateAlignment alignment = new TemplateAlignment(template);
        String document = "# Source: x/templates/cm.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  mode: on";

        int[] first = alignment.align(document);
        int[] second = alignment.align(document.replace("name: a", "name: b"));

        assertThat(first[7]).isEqualTo(8);
        assertThat(second[2]).isEqualTo(3);
        assertThat(second[5]).isEqualTo(6);
        assertThat(second[7]).isEqualTo(8);
    }

    @Test
    void aBlockReadFromValuesIsTracedToItsValuesPath() {
        String[] template = TEMPLATE.split("\n");

        assertThat(ValuesReferences.emittedBy(template, 20)).containsExactly("resources");
        assertThat(ValuesReferences.on(template[13])).containsExactly(java.util.List.of("image"));
        assertThat(ValuesReferences.emittedBy(template, 7)).as("an include reads no values path").isNull();
    }
}
