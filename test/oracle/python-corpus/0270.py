# oracle: seed 270, closed, raises RuntimeError at line 7
import torch.nn

y_0 = torch.randn(1, 2, 2)
layers_0 = [torch.nn.GRU(2, 5), torch.nn.GRU(7, 3)]
for i in range(len(layers_0)):
    y_0 = layers_0[i](y_0)[0]
z_0 = torch.nn.Linear(3, 3)(y_0)

cell_1 = torch.nn.RNNCell(2, 4)
xs_1 = torch.randn(5, 3, 2)
h_1 = torch.zeros(3, 4)
outputs_1 = []
for t in range(xs_1.shape[0]):
    h_1 = cell_1(xs_1[t], h_1)
    outputs_1.append(h_1)
seq_1 = torch.stack(outputs_1)

class Model_2(torch.nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = torch.nn.GRU(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional, dropout=0.2 if num_layers > 1 else 0)
        self.fc = torch.nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.size(0))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

model_2 = Model_2(7, 3)
logits_2 = model_2(torch.ones([4, 3, 7]))
