#pragma once
// The network side of the central: Boost.Beast HTTP/1.1 and WebSocket over TLS (or, only
// with devPlainHttp, plain TCP), Asio C++20 coroutines on one I/O thread of its own. Every
// request is handed to a handler on that thread, so the handler's state (the store) is never
// touched by two threads.

#include "central/api.h"
#include "central/config.h"
#include "central/outcome.h"

#include <cstdint>
#include <functional>
#include <memory>

namespace bk::central {

class Server
{
public:
    using Handler = std::function<ApiResponse(const ApiRequest &)>;

    /// `handler` is called on the I/O thread only (and what an answer's offload returns too).
    Server(Config config, Handler handler);
    /// Stops and joins the I/O thread.
    ~Server();
    Server(const Server &) = delete;
    Server &operator=(const Server &) = delete;

    /// Loads the certificate, binds the listener and starts the I/O thread; the bound port
    /// (useful with port 0) or what went wrong (names the file or address).
    Outcome<std::uint16_t> start();
    /// Closes the listener and every connection and joins the I/O thread.
    void stop();
    /// Runs `fn` on the I/O thread and waits for it (tests touch the store this way).
    void runOnIo(const std::function<void()> &fn);
    /// Live WebSocket clients connected right now (tests wait for their client to count).
    int liveClients();

private:
    struct Impl;
    std::unique_ptr<Impl> m;
};

} // namespace bk::central
