"""Coach Aria Voice core: content models, safety screen, conversation engine and store (channel-free)."""
