# oracle: seed 54, closed, raises RuntimeError at line 30
import torch
from torch import nn

cell_0 = nn.RNNCell(input_size=3, hidden_size=6)
h_0 = torch.zeros(2, 6)
t_0 = 0
while t_0 < 2:
    h_0 = cell_0(torch.randn(2, 3), h_0)
    t_0 += 1

rnn_1 = nn.GRU(9, 3, 2, True, False)
x_1 = torch.randn(5, 9)
out_1, _ = rnn_1(x_1)
y_1 = out_1[-1].view(3)

y_2 = torch.randn(4, 2, 3)
layers_2 = [nn.RNN(3, 5)]
for i in range(len(layers_2)):
    y_2 = layers_2[i](y_2)[0]
z_2 = nn.Linear(5, 3)(y_2)

cell_3 = nn.RNNCell(3, 3, bias=False)
xs_3 = torch.randn(2, 4, 6)
h_3 = torch.zeros(4, 3)
outputs_3 = []
for t in range(2):
    if t % 2 == 1:
        continue
    h_3 = cell_3(xs_3[t], h_3)
    outputs_3.append(h_3)
head_3 = nn.Linear(3, 2)(h_3)

rnn_4 = nn.LSTM(input_size=3, hidden_size=2, num_layers=2, batch_first=True, dropout=0.5, bidirectional=True)
x_4 = torch.zeros((2, 5, 3))
batch_4 = x_4.shape[0]
h0_4 = torch.zeros(4, batch_4, 2)
c0_4 = torch.zeros(4, batch_4, 2)
out_4, (hn_4, cn_4) = rnn_4(x_4, (h0_4, c0_4))
assert out_4.dim() == 3
