import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a repository of Helm charts for the chart-rendering benchmark:
 *
 *   java bench/GenerateCharts.java OUT_DIR [CHARTS]     (CHARTS defaults to 25)
 *
 * Each chart has helpers, a Deployment (includes, toYaml blocks, a range over env), a Service, an
 * Ingress, a ConfigMap, a ServiceAccount and a test hook; a third are deployed by Flux HelmReleases
 * with values, a third by Argo CD Applications, the rest by nothing (rendered with their defaults).
 */
public final class GenerateCharts {

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: java bench/GenerateCharts.java OUT_DIR [CHARTS]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int charts = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        for (int i = 0; i < charts; i++) {
            String name = "app" + i;
            Path chart = out.resolve("charts").resolve(name);
            write(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: " + name + "\nversion: 1." + i + ".0\nappVersion: \"2." + i + "\"\n");
            write(chart.resolve("values.yaml"), values(i));
            write(chart.resolve("templates/_helpers.tpl"), helpers(name));
            write(chart.resolve("templates/deployment.yaml"), deployment(name));
            write(chart.resolve("templates/service.yaml"), service(name));
            write(chart.resolve("templates/ingress.yaml"), ingress(name));
            write(chart.resolve("templates/configmap.yaml"), configMap(name));
            write(chart.resolve("templates/serviceaccount.yaml"), serviceAccount(name));
            write(chart.resolve("templates/tests/connection.yaml"), test(name));
            if (i % 3 == 0) {
                write(out.resolve("clusters/home/" + name + ".yaml"), fluxRelease(name, i));
            } else if (i % 3 == 1) {
                write(out.resolve("argo/" + name + ".yaml"), argoApplication(name, i));
            }
        }
        write(out.resolve(".plumb-bench-corpus"), "written by bench/GenerateCharts.java, charts=" + charts + "\n");
    }

    private static String values(int i) {
        return """
                replicaCount: %d
                image:
                  repository: ghcr.io/example/app%d
                  tag: "%s"
                service:
                  port: 8080
                ingress:
                  enabled: true
                  host: app%d.home.example.org
                resources:
                  requests:
                    cpu: 50m
                    memory: 64Mi
                  limits:
                    memory: 256Mi
                securityContext:
                  runAsNonRoot: true
                  allowPrivilegeEscalation: false
                env:
                  LOG_LEVEL: info
                  FEATURE_X: "on"
                serviceAccount:
                  create: true
                """.formatted(1 + i % 3, i, i % 4 == 0 ? "latest" : "1." + i + ".3", i);
    }

    private static String helpers(String name) {
        return """
                {{- define "%1$s.fullname" -}}
                {{- printf "%%s-%%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" }}
                {{- end }}
                {{- define "%1$s.labels" -}}
                app.kubernetes.io/name: {{ .Chart.Name }}
                app.kubernetes.io/instance: {{ .Release.Name }}
                app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
                {{- end }}
                """.formatted(name);
    }

    private static String deployment(String name) {
        return """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: {{ include "%1$s.fullname" . }}
                  labels:
                    {{- include "%1$s.labels" . | nindent 4 }}
                spec:
                  replicas: {{ .Values.replicaCount }}
                  selector:
                    matchLabels:
                      app.kubernetes.io/name: {{ .Chart.Name }}
                  template:
                    metadata:
                      labels:
                        {{- include "%1$s.labels" . | nindent 8 }}
                    spec:
                      serviceAccountName: {{ include "%1$s.fullname" . }}
                      containers:
                        - name: app
                          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
                          ports:
                            - name: http
                              containerPort: {{ .Values.service.port }}
                          env:
                            {{- range $name, $value := .Values.env }}
                            - name: {{ $name }}
                              value: {{ $value | quote }}
                            {{- end }}
                          readinessProbe:
                            httpGet:
                              path: /healthz
                              port: http
                          resources:
                            {{- toYaml .Values.resources | nindent 12 }}
                          securityContext:
                            {{- toYaml .Values.securityContext | nindent 12 }}
                """.formatted(name);
    }

    private static String service(String name) {
        return """
                apiVersion: v1
                kind: Service
                metadata:
                  name: {{ include "%1$s.fullname" . }}
                spec:
                  selector:
                    app.kubernetes.io/name: {{ .Chart.Name }}
                  ports:
                    - port: {{ .Values.service.port }}
                      targetPort: http
                """.formatted(name);
    }

    private static String ingress(String name) {
        return """
                {{- if .Values.ingress.enabled }}
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata:
                  name: {{ include "%1$s.fullname" . }}
                spec:
                  rules:
                    - host: {{ .Values.ingress.host }}
                      http:
                        paths:
                          - path: /
                            pathType: Prefix
                            backend:
                              service:
                                name: {{ include "%1$s.fullname" . }}
                                port:
                                  number: {{ .Values.service.port }}
                {{- end }}
                """.formatted(name);
    }

    private static String configMap(String name) {
        return """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: {{ include "%1$s.fullname" . }}-settings
                data:
                  settings.yaml: |
                    listen: ":{{ .Values.service.port }}"
                    log: {{ .Values.env.LOG_LEVEL }}
                """.formatted(name);
    }

    private static String serviceAccount(String name) {
        return """
                {{- if .Values.serviceAccount.create }}
                apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: {{ include "%1$s.fullname" . }}
                automountServiceAccountToken: false
                {{- end }}
                """.formatted(name);
    }

    private static String test(String name) {
        return """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: {{ include "%1$s.fullname" . }}-test
                  annotations:
                    "helm.sh/hook": test
                spec:
                  restartPolicy: Never
                  containers:
                    - name: wget
                      image: busybox:1.36
                      command: ["wget", "{{ include "%1$s.fullname" . }}:{{ .Values.service.port }}"]
                """.formatted(name);
    }

    private static String fluxRelease(String name, int i) {
        return """
                apiVersion: helm.toolkit.fluxcd.io/v2
                kind: HelmRelease
                metadata:
                  name: %1$s
                  namespace: apps
                spec:
                  interval: 1h
                  chart:
                    spec:
                      chart: ./charts/%1$s
                      sourceRef:
                        kind: GitRepository
                        name: flux-system
                        namespace: flux-system
                  values:
                    replicaCount: 2
                    image:
                      tag: "1.%2$d.4"
                """.formatted(name, i);
    }

    private static String argoApplication(String name, int i) {
        return """
                apiVersion: argoproj.io/v1alpha1
                kind: Application
                metadata:
                  name: %1$s
                  namespace: argocd
                spec:
                  project: default
                  source:
                    repoURL: https://git.example.org/home/infra.git
                    path: charts/%1$s
                    helm:
                      valuesObject:
                        ingress:
                          host: %1$s.apps.example.org
                  destination:
                    server: https://kubernetes.default.svc
                    namespace: apps-%2$d
                """.formatted(name, i);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
