# oracle: seed 160, closed, raises RuntimeError at line 24
import torch.nn

conv_0 = torch.nn.Conv1d(7, 7, kernel_size=3, padding=1)
feats_0 = conv_0(torch.randn(2, 7, 6)).transpose(1, 2)
rnn_0 = torch.nn.LSTM(7, 4, batch_first=True)
out_0, _ = rnn_0(feats_0)

gru_1 = torch.nn.GRU(6, 5)
x_1 = torch.randn(3, 6)
if x_1.dim() == 2:
    x_1 = x_1.unsqueeze(1)
out_1, h_1 = gru_1(x_1)

cell_2 = torch.nn.RNNCell(input_size=6, hidden_size=5)
h_2 = torch.zeros(2, 5)
t_2 = 0
while t_2 < 0:
    h_2 = cell_2(torch.randn(2, 6), h_2)
    t_2 += 1

rnn_3 = torch.nn.GRU(6, 5, num_layers=2, batch_first=True, bidirectional=True)
x_3 = torch.rand(1, 3, 8)
out_3, h_3 = rnn_3(x_3)
n_3 = out_3.size(2) * out_3.dim()
