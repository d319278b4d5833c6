# oracle: seed 165, closed, raises RuntimeError at line 19
import torch
from torch.nn import LSTM, Linear, Module, ModuleList, RNN

class Model_0(Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super(Model_0, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = LSTM(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional)
        self.fc = Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return (torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size), torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size))

    def forward(self, x):
        hidden = self.init_hidden(x.shape[1])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

model_0 = Model_0(7, 2, 2, bidirectional=True)
logits_0 = model_0(torch.ones(1, 3, 6))
probs_0 = logits_0.softmax(dim=-1)

y_1 = torch.randn(2, 1, 6)
layers_1 = ModuleList([RNN(6, 2), RNN(4, 6)])
for layer in layers_1:
    y_1, _ = layer(y_1)
