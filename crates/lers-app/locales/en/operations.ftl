# Load shedding and rate limits (answers given instead of serving a request).
operations-busy = LERS is busy right now and did not process this request. Try again in { $seconds } seconds. Emergency requests are always accepted.
operations-token-rate = This API token sent too many requests. Nothing was processed; try again in { $seconds } seconds.
operations-address-rate = Too many API requests came from your address. Nothing was processed; try again in { $seconds } seconds.
operations-address-busy = Sign-in requests from your address are already in progress. Nothing was processed; try again in { $seconds } seconds.
