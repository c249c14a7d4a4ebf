import Dispatch
import Hummingbird
import Metrics
import NIOConcurrencyHelpers

/// Counts requests and times them for `/metrics`, by route, method and status, under the same
/// names and labels as Hummingbird's `MetricsMiddleware` (`hb.requests`, `hb.request.errors`,
/// `http.server.request.duration`, `http.server.active_requests`).
///
/// Why not Hummingbird's: it stops its clock after the body is written, by wrapping every
/// response body in a closure. A wrapped body loses Hummingbird's fast path, which sends the
/// head, a buffered body and the end in one batched write; with the wrapper the head and the
/// body went to the socket in two `write` calls, each a TCP segment, on every response. Here the
/// clock stops when the handler returns, so the duration is the server's work without the
/// network write, and a buffered body stays one write.
///
/// The metrics go to the `factory` given (the server's Prometheus registry), not to the
/// process-wide `MetricsSystem`, so an application built in a test reports its own.
public struct RequestMetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let handles: RequestMetricHandles

    public init(factory: any MetricsFactory) {
        handles = RequestMetricHandles(factory: factory)
    }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = DispatchTime.now().uptimeNanoseconds
        let active = handles.active(request.method)
        active.increment()
        defer { active.decrement() }
        do {
            let response = try await next(request, context)
            let endpoint = handles.endpoint(.init(route: context.endpointPath ?? "Unknown", method: request.method, status: response.status))
            endpoint.requests.increment()
            let now = DispatchTime.now().uptimeNanoseconds
            endpoint.duration.recordNanoseconds(Int64(clamping: now >= started ? now - started : 0))
            return response
        } catch {
            let status = (error as? any HTTPResponseError)?.status ?? .internalServerError
            let endpoint = handles.endpoint(.init(route: context.endpointPath ?? "NotFound", method: request.method, status: status))
            endpoint.requests.increment()
            endpoint.errors.increment()
            throw error
        }
    }
}

/// The metric handles, made once per method and per (route, method, status), so a request
/// costs a dictionary read rather than a lookup in the metrics factory. Not nested in the
/// generic middleware, so its dictionaries are not generic types resolved at run time.
final class RequestMetricHandles: Sendable {
    struct Key: Hashable {
        var route: String
        var method: HTTPRequest.Method
        var status: HTTPResponse.Status
    }

    struct Endpoint: Sendable {
        let requests: Counter
        let duration: Metrics.Timer
        let errors: Counter

        init(_ key: Key, _ factory: any MetricsFactory) {
            let route = ("http.route", key.route), method = ("http.request.method", key.method.rawValue)
            let status = String(key.status.code)
            requests = Counter(label: "hb.requests", dimensions: [route, method, ("http.response.status_code", status)], factory: factory)
            duration = Metrics.Timer(
                label: "http.server.request.duration", dimensions: [route, method, ("http.response.status_code", status)],
                preferredDisplayUnit: .seconds, factory: factory)
            errors = Counter(label: "hb.request.errors", dimensions: [route, method, ("error.type", status)], factory: factory)
        }
    }

    private let factory: any MetricsFactory
    private let meters = NIOLockedValueBox<[HTTPRequest.Method: Meter]>([:])
    private let endpoints = NIOLockedValueBox<[Key: Endpoint]>([:])

    init(factory: any MetricsFactory) {
        self.factory = factory
    }

    func active(_ method: HTTPRequest.Method) -> Meter {
        meters.withLockedValue { meters in
            if let meter = meters[method] { return meter }
            let meter = Meter(label: "http.server.active_requests", dimensions: [("http.request.method", method.rawValue)], factory: factory)
            meters[method] = meter
            return meter
        }
    }

    func endpoint(_ key: Key) -> Endpoint {
        endpoints.withLockedValue { endpoints in
            if let endpoint = endpoints[key] { return endpoint }
            let endpoint = Endpoint(key, factory)
            endpoints[key] = endpoint
            return endpoint
        }
    }
}
