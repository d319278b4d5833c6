// oracle: seed 250, closed, raises at 5: input.size(-1) must be equal to input_size. Expected 4, got 6
import rnnlens = require("rnnlens");

const maybe_0 = new rnnlens.nn.RNN(4, 5);
maybe_0?.forward(rnnlens.torch.randn(3, 1, 6));
