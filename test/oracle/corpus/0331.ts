// oracle: seed 331, closed, raises at 5: input.size(-1) must be equal to input_size. Expected 6, got 2
import rnnlens = require("rnnlens");

const pair_0 = [new rnnlens.nn.GRU(6, 2), new rnnlens.nn.GRU(2, 2)];
pair_0[0].forward(rnnlens.torch.randn(2, 2, 2));
