{{/* The app.kubernetes.io/instance value: the namespace unless overridden, as upstream does. */}}
{{- define "flux.instance" -}}
{{- default .Release.Namespace .Values.instance -}}
{{- end -}}

{{/* Labels every object carries; `flux check` selects on part-of=flux. */}}
{{- define "flux.labels" -}}
app.kubernetes.io/part-of: flux
app.kubernetes.io/instance: {{ include "flux.instance" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{- end -}}

{{/* Labels of one controller's objects: the common ones plus its component. */}}
{{- define "flux.componentLabels" -}}
{{ include "flux.labels" .root }}
app.kubernetes.io/component: {{ .name }}
{{- end -}}

{{/* The in-cluster DNS name of a Service, with the trailing dot upstream uses. */}}
{{- define "flux.serviceHost" -}}
{{ .name }}.{{ .root.Release.Namespace }}.svc.{{ .root.Values.clusterDomain }}.
{{- end -}}

{{/* The flags every controller gets. */}}
{{- define "flux.commonArgs" -}}
- --watch-all-namespaces={{ .root.Values.watchAllNamespaces }}
- --concurrent={{ .values.concurrent }}
- --log-level={{ .root.Values.logLevel }}
- --log-encoding={{ .root.Values.logEncoding }}
{{- if .root.Values.leaderElection }}
- --enable-leader-election
{{- end }}
{{- end -}}

{{/* --events-addr for the controllers that send events to notification-controller. */}}
{{- define "flux.eventsArg" -}}
- --events-addr=http://{{ include "flux.serviceHost" (dict "root" . "name" "notification-controller") }}/
{{- end -}}

{{/*
One controller's Deployment. Arguments (a dict): root (the chart context), name, values (the
controller's values), args (its own flags, a YAML list), ports (extra container ports, a YAML
list), storage (mount an emptyDir at /data), readinessOnHttp (readiness is GET / on the http port,
as upstream's source-controller).
*/}}
{{- define "flux.deployment" -}}
{{- $root := .root -}}
{{- $values := .values -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .name }}
  namespace: {{ $root.Release.Namespace }}
  labels:
    {{- include "flux.componentLabels" . | nindent 4 }}
    control-plane: controller
spec:
  replicas: 1
  selector:
    matchLabels:
      app: {{ .name }}
  strategy:
    {{- if .storage }}
    # one writer of the artifact storage at a time
    type: Recreate
    {{- else }}
    type: RollingUpdate
    {{- end }}
  template:
    metadata:
      labels:
        app: {{ .name }}
        {{- include "flux.componentLabels" . | nindent 8 }}
      annotations:
        prometheus.io/scrape: "true"
        prometheus.io/port: "8080"
    spec:
      serviceAccountName: {{ .name }}
      terminationGracePeriodSeconds: 30
      {{- with $root.Values.imagePullSecrets }}
      imagePullSecrets:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      securityContext:
        runAsNonRoot: true
        runAsUser: 65534
        runAsGroup: 65534
        fsGroup: 1337
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: manager
          image: {{ printf "%s/%s:%s" $root.Values.image.registry $values.repository (default $root.Chart.AppVersion $root.Values.image.tag) | quote }}
          imagePullPolicy: {{ $root.Values.image.pullPolicy }}
          args:
            {{- include "flux.commonArgs" . | nindent 12 }}
            {{- with .args }}
            {{- . | nindent 12 }}
            {{- end }}
            {{- with $values.extraArgs }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
          env:
            - name: RUNTIME_NAMESPACE
              valueFrom:
                fieldRef:
                  fieldPath: metadata.namespace
            - name: JAVA_TOOL_OPTIONS
              value: {{ printf "-XX:MaxRAMPercentage=%v -XX:InitialRAMPercentage=%v -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp %s %s" $root.Values.jvm.maxRAMPercentage $root.Values.jvm.initialRAMPercentage $root.Values.jvm.options $root.Values.jvm.extraOptions | trim | quote }}
          ports:
            {{- with .ports }}
            {{- . | nindent 12 }}
            {{- end }}
            - name: http-prom
              containerPort: 8080
              protocol: TCP
            - name: healthz
              containerPort: 9440
              protocol: TCP
          # the JVM needs longer to start than a Go binary; the other probes wait for this one
          startupProbe:
            httpGet:
              path: /healthz
              port: healthz
            periodSeconds: 2
            failureThreshold: 60
          livenessProbe:
            httpGet:
              path: /healthz
              port: healthz
          readinessProbe:
            httpGet:
              {{- if .readinessOnHttp }}
              path: /
              port: http
              {{- else }}
              path: /readyz
              port: healthz
              {{- end }}
          resources:
            {{- toYaml $values.resources | nindent 12 }}
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities:
              drop: ["ALL"]
          volumeMounts:
            - name: temp
              mountPath: /tmp
            {{- if .storage }}
            - name: data
              mountPath: /data
            {{- end }}
      volumes:
        - name: temp
          emptyDir: {}
        {{- if .storage }}
        - name: data
          emptyDir:
            sizeLimit: {{ $values.storageSizeLimit }}
        {{- end }}
      {{- with $values.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $values.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $values.affinity }}
      affinity:
        {{- toYaml . | nindent 8 }}
      {{- end }}
{{- end -}}
