// oracle: seed 97, closed, raises at 5: input.size(-1) must be equal to input_size. Expected 5, got 4
const { torch, nn } = require("rnnlens");

const pair_0 = [new nn.GRU(5, 4), new nn.GRU(4, 4)];
pair_0[0].forward(torch.randn(2, 2, 4));
