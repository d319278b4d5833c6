# oracle: seed 215, closed, raises RuntimeError at line 38
import torch
from torch import nn

rnn_0 = nn.LSTM(8, 2, batch_first=False, bidirectional=False)
x_0 = torch.randn(2, 8)
out_0, _ = rnn_0(x_0)
y_0 = out_0[-1].view(2)

embed_1 = nn.Embedding(12, 5, padding_idx=0)
drop_1 = nn.Dropout()
rnn_1 = nn.LSTM(5, 3, batch_first=True)
tokens_1 = torch.randint(0, 12, (3, 3))
emb_1 = drop_1(embed_1(tokens_1))
out_1, (h_1, c_1) = rnn_1(emb_1)

cell_2 = nn.GRUCell(7, 2)
xs_2 = torch.randn(5, 1, 7)
h_2 = torch.zeros(1, 2)
outputs_2 = []
for t in range(xs_2.shape[0]):
    if t == 5:
        break
    h_2 = cell_2(xs_2[t], h_2)
    outputs_2.append(h_2)
seq_2 = torch.stack(outputs_2)
head_2 = nn.Linear(2, 2)(h_2)

kind_3 = "LSTM"
rnn_3 = getattr(nn, kind_3)(7, 6)
out_3 = rnn_3(torch.randn(4, 2, 7))[0]

rnn_4 = nn.LSTM(8, 3, num_layers=2, batch_first=True)
x_4 = torch.rand(1, 3, 8)
hidden_4 = (torch.randn(2, 1, 3), torch.zeros(2, 1, 3))
out_4, state_4 = rnn_4(x_4, hidden_4)
fc_4 = nn.Linear(6, 5)
logits_4 = fc_4(out_4[:, -1, :])
