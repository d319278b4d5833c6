// oracle: seed 13, closed, raises at 13: input.size(-1) must be equal to input_size. Expected 6, got 7
const { torch, nn } = require("rnnlens");

const cell_0 = new nn.GRUCell(2, 2);
for (let e = 0; e < 0; e++) {
  let h = torch.zeros(2, 2);
  for (let t = 0; t < 1; t++) {
    h = cell_0.forward(torch.randn(2, 2), h);
  }
}

const pair_1 = [new nn.GRU(6, 7), new nn.GRU(7, 7)];
pair_1[0].forward(torch.randn(2, 2, 7));
