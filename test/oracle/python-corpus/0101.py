# oracle: seed 101, closed, raises RuntimeError at line 14
import torch
import torch.nn as nn

rnn_0 = nn.RNN(input_size=7, hidden_size=5, num_layers=2, bidirectional=True, nonlinearity='tanh')
x_0 = torch.randn(1, 2, 7).float()
batch_0 = x_0.size(1)
h0_0 = torch.zeros(4, batch_0, 5)
out_0, hn_0 = rnn_0(x_0, h0_0)
assert out_0.dim() == 3

rnn_1 = nn.RNN(input_size=2, hidden_size=6, nonlinearity='tanh')
x_1 = torch.randn(4, 1)
out_1, _ = rnn_1(x_1)
y_1 = out_1[-1].view(12)

gru_2 = nn.GRU(7, 3)
x_2 = torch.randn(3, 7)
if x_2.dim() == 2:
    x_2 = x_2.unsqueeze(1)
out_2, h_2 = gru_2(x_2)
