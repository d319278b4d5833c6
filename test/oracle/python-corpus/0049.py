# oracle: seed 49, closed, runs cleanly
import torch

embed_0 = torch.nn.Embedding(12, 6)
drop_0 = torch.nn.Dropout(0.1)
rnn_0 = torch.nn.GRU(6, 3, batch_first=True)
tokens_0 = torch.tensor([[1, 2, 3], [4, 5, 11]])
emb_0 = drop_0(embed_0(tokens_0))
out_0, h_0 = rnn_0(emb_0)

cell_1 = torch.nn.GRUCell(8, 4)
xs_1 = torch.randn(2, 2, 8)
h_1 = torch.zeros(2, 4)
outputs_1 = []
for t in range(xs_1.size(0)):
    if t == 2:
        break
    h_1 = cell_1(xs_1[t], h_1)
    outputs_1.append(h_1)
seq_1 = torch.stack(outputs_1, dim=0)
