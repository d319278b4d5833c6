# oracle: seed 63, closed, runs cleanly
import torch
from torch import nn

cell_0 = nn.RNNCell(input_size=4, hidden_size=7)
h_0 = torch.zeros(2, 7)
t_0 = 0
while t_0 < 1:
    h_0 = cell_0(torch.randn(2, 4), h_0)
    t_0 += 1
z_0 = h_0.unsqueeze(0).squeeze(0)

y_1 = torch.randn(3, 1, 4)
stack_1 = nn.ModuleDict({"enc": nn.RNN(4, 4)})
y_1, _ = stack_1["enc"](y_1)
z_1 = nn.Linear(4, 3)(y_1)

rnn_2 = nn.GRU(8, 9, 3)
x_2 = torch.rand([4, 4, 8])
hidden_2 = torch.zeros([3, 4, 9])
out_2, h_2 = rnn_2(x_2, hidden_2)
fc_2 = nn.Linear(9, 5)
logits_2 = fc_2(out_2[-1])
