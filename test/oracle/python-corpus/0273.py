# oracle: seed 273, closed, runs cleanly
import torch
from torch.nn import GRU, GRUCell, Linear, ModuleList, RNN

rnn_0 = GRU(2, 8, 2, batch_first=True)
x_0 = torch.rand(1, 3, 2)
batch_0 = len(x_0)
h0_0 = torch.zeros(2, batch_0, 8)
out_0, hn_0 = rnn_0(x_0, h0_0)

y_1 = torch.randn(1, 3, 4)
layers_1 = ModuleList([GRU(4, 2), GRU(2, 4)])
for layer in layers_1:
    y_1, _ = layer(y_1)
z_1 = Linear(4, 3)(y_1)

cell_2 = GRUCell(input_size=6, hidden_size=6)
h_2 = torch.zeros(6)
t_2 = 0
while t_2 < 4:
    h_2 = cell_2(torch.randn(6), h_2)
    t_2 += 1

rnn_3 = RNN(5, 8, 1, False, False)
x_3 = torch.ones(2, 2, 5)
batch_3 = len(x_3)
h0_3 = torch.zeros(1, batch_3, 8)
out_3, hn_3 = rnn_3(x_3, h0_3)
