# oracle: seed 288, closed, raises TypeError at line 27
import torch
from torch.nn import GRU, LSTM, Linear, RNN

rnn_0 = RNN(9, 3, 3, batch_first=False)
x_0 = torch.rand([4, 4, 9])
batch_0 = x_0.shape[1]
h0_0 = torch.zeros(3, batch_0, 3)
out_0, hn_0 = rnn_0(x_0, h0_0)

rnn_1 = GRU(2, 7, 2, True, False, bidirectional=True)
x_1 = torch.randn(5, 2, 2)
batch_1 = x_1.shape[1]
h0_1 = torch.zeros(4, batch_1, 7)
out_1, hn_1 = rnn_1(x_1, h0_1)
assert out_1.dim() == 3

rnn_2 = RNN(input_size=9, hidden_size=2, num_layers=2, bidirectional=False)
x_2 = torch.randn(1, 1, 9)
hidden_2 = torch.zeros(2, 1, 2)
out_2, h_2 = rnn_2(x_2, hidden_2)
fc_2 = Linear(2, 2)
logits_2 = fc_2(out_2[-1])

layer_3 = RNN(3, 4, 1, bias=False)

layer_4 = LSTM(3, 6, nonlinearity='tanh')
y_4, _ = layer_4(torch.randn(3, 2, 3))
