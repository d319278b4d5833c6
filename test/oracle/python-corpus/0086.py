# oracle: seed 86, closed, runs cleanly
import torch
import torch.nn as nn

embed_0 = nn.Embedding(27, 5)
drop_0 = nn.Dropout()
rnn_0 = nn.GRU(5, 2, batch_first=True)
tokens_0 = torch.randint(0, 27, (1, 4))
emb_0 = drop_0(embed_0(tokens_0))
out_0, h_0 = rnn_0(emb_0)
scores_0 = nn.Linear(2, 27)(out_0)

layer_1 = nn.RNN(5, 7, nonlinearity='tanh')
y_1, _ = layer_1(torch.randn(3, 2, 5))

embed_2 = nn.Embedding(20, 3)
drop_2 = nn.Dropout(0.3)
rnn_2 = nn.LSTM(3, 3, batch_first=True)
tokens_2 = torch.tensor([[1, 2, 3], [4, 5, 19]])
emb_2 = drop_2(embed_2(tokens_2))
out_2, (h_2, c_2) = rnn_2(emb_2)

cell_3 = nn.GRUCell(3, 6)
xs_3 = torch.randn(1, 1, 3)
h_3 = torch.zeros(1, 6)
outputs_3 = []
for t in range(xs_3.size(0)):
    if t % 2 == 1:
        continue
    h_3 = cell_3(xs_3[t], h_3)
    outputs_3.append(h_3)
seq_3 = torch.stack(outputs_3, dim=0)

rnn_4 = nn.LSTM(4, 2, num_layers=3, bidirectional=True)
x_4 = torch.zeros(4, 4, 4)
batch_4 = x_4.shape[0]
h0_4 = torch.zeros(6, batch_4, 2)
c0_4 = torch.zeros(6, batch_4, 2)
out_4, (hn_4, cn_4) = rnn_4(x_4, (h0_4, c0_4))
assert out_4.dim() == 3
