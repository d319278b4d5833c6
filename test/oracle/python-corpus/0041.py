# oracle: seed 41, closed, raises RuntimeError at line 13
import torch.nn

rnn_0 = torch.nn.GRU(5, 8, 3, True, False, bidirectional=True)
x_0 = torch.randn(4, 5)
out_0, _ = rnn_0(x_0)
y_0 = out_0[-1].view(16)

rnn_1 = torch.nn.GRU(3, 5, 1, True, True, bidirectional=True)
x_1 = torch.randn(1, 5, 3).float()
batch_1 = x_1.shape[1]
h0_1 = torch.zeros(2, batch_1, 5)
out_1, hn_1 = rnn_1(x_1, h0_1)
