"""Chapter 3, Backpropagation: training modes, the SSR along one parameter and the gradient check, for the deck's
two-node network and for N hidden nodes."""
