# oracle: seed 101, closed, raises RuntimeError at line 15
import torch
import torch.nn as nn

rnn_0 = nn.RNN(input_size=7, hidden_size=5, num_layers=2, bidirectional=True, nonlinearity='tanh')
x_0 = torch.randn(1, 2, 7).float()
batch_0 = x_0.size(1)
h0_0 = torch.zeros(4, batch_0, 5)
out_0, hn_0 = rnn_0(x_0, h0_0)
assert out_0.dim() == 3

rnn_1 = nn.RNN(input_size=2, hidden_size=6, nonlinearity='tanh')
x_1 = torch.randn(4, 2)
hx_1 = torch.zeros(2, 6)
out_1, _ = rnn_1(x_1, hx_1)
y_1 = out_1[-1].view(6)

gru_2 = nn.GRU(7, 3)
x_2 = torch.randn(3, 7)
if x_2.dim() == 2:
    x_2 = x_2.unsqueeze(1)
out_2, h_2 = gru_2(x_2)

cell_3 = nn.GRUCell(input_size=7, hidden_size=4)
h_3 = torch.zeros(2, 4)
t_3 = 0
while t_3 < 1:
    h_3 = cell_3(torch.randn(2, 7), h_3)
    t_3 += 1

rnn_4 = nn.RNN(4, 9, batch_first=True, bidirectional=False)
x_4 = torch.randn(4, 4, 4).float()
batch_4 = x_4.size()[1]
h0_4 = torch.zeros(1, batch_4, 9)
out_4, hn_4 = rnn_4(x_4, h0_4)
