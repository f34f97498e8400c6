// The OpenSLO v1 specification's examples, adapted to what Vigil supports.
export const SPEC_EXAMPLE = `
apiVersion: openslo/v1
kind: Service
metadata:
  name: my-rad-service
  displayName: My Rad Service
spec:
  description: This is a great description of an even better service.
---
apiVersion: openslo/v1
kind: SLI
metadata:
  name: great-sli
spec:
  description: Share of successful requests
  ratioMetric:
    counter: true
    good:
      metricSource:
        type: Prometheus
        spec:
          query: sum(rate(http_requests_total{code!~"5.."}[1m]))
    total:
      metricSource:
        type: Prometheus
        spec:
          query: sum(rate(http_requests_total[1m]))
---
apiVersion: openslo/v1
kind: AlertCondition
metadata:
  name: cpu-usage-breach
spec:
  severity: page
  condition:
    kind: burnrate
    op: gt
    threshold: 14.4
    lookbackWindow: 1h
    alertAfter: 5m
---
apiVersion: openslo/v1
kind: AlertPolicy
metadata:
  name: default-alert-policy
spec:
  alertWhenBreaching: true
  alertWhenResolved: true
  conditions:
    - conditionRef: cpu-usage-breach
---
apiVersion: openslo/v1
kind: SLO
metadata:
  name: availability
spec:
  description: 99.9 % of requests succeed over 28 days
  service: my-rad-service
  indicatorRef: great-sli
  timeWindow:
    - duration: 28d
      isRolling: true
  budgetingMethod: Occurrences
  objectives:
    - target: 0.999
  alertPolicies:
    - alertPolicyRef: default-alert-policy
---
apiVersion: openslo/v1
kind: SLO
metadata:
  name: latency-month
spec:
  service: my-rad-service
  indicator:
    metadata:
      name: latency-push
    spec:
      thresholdMetric:
        metricSource:
          type: Datadog
          spec:
            query: avg:trace.http.request.duration{*}
  timeWindow:
    - duration: 1M
      isRolling: false
      calendar:
        startTime: "2022-01-01 00:00:00"
        timeZone: Europe/Berlin
  budgetingMethod: Timeslices
  objectives:
    - op: lte
      value: 300
      targetPercent: 99.5
      timeSliceTarget: 0.95
      timeSliceWindow: 1m
`;
