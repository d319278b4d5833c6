# oracle: seed 275, closed, runs cleanly
import torch
from torch.nn import GRU, Linear, RNN, RNNCell

y_0 = torch.randn(1, 3, 6)
layers_0 = [GRU(6, 7), GRU(7, 7)]
for i in range(len(layers_0)):
    y_0 = layers_0[i](y_0)[0]
z_0 = Linear(7, 3)(y_0)

rnn_1 = RNN(5, 9, 3, True, False)
x_1 = torch.randn(4, 5)
out_1, _ = rnn_1(x_1)
y_1 = out_1[-1].view(9)

rnn_2 = GRU(5, 3, 1, False, False)
x_2 = torch.rand(1, 3, 5)
hidden_2 = torch.randn(1, 3, 3)
out_2, h_2 = rnn_2(x_2, hidden_2)
n_2 = out_2.size(0) * out_2.dim()

cell_3 = RNNCell(input_size=3, hidden_size=2)
h_3 = torch.zeros(2, 2)
t_3 = 0
while t_3 < 2:
    h_3 = cell_3(torch.randn(2, 3), h_3)
    t_3 += 1
z_3 = h_3.unsqueeze(0).squeeze(0)
